package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class BackgroundFilterTest {
    private final BackgroundFilter filter = new BackgroundFilter();

    private Optional<String> reason(String s, String trigger) {
        return reason(filter, s, trigger);
    }

    /** The filter's reason for the first occurrence of {@code trigger} in sentence {@code s}, as the extractor asks it. */
    static Optional<String> reason(BackgroundFilter filter, String s, String trigger) {
        int at = s.indexOf(trigger);
        return filter.reason(s, 0, new Span(at, at + trigger.length()));
    }

    @Test
    void a_period_of_years_is_background() {
        assertEquals(Optional.of("background period"),
                reason("Since 2009, hundreds of people have been killed in suicide attacks and car bombs on hotels.", "suicide attacks"));
    }

    @Test
    void fighting_for_the_last_ten_years_or_for_a_cause_and_a_propaganda_offensive_are_no_clash() {
        assertEquals(Optional.of("background period"), reason("The rebels, who have been fighting the army for the last 10 years, hold the north.", "fighting"));
        assertEquals(Optional.of("figurative"), reason("Every soldier who is fighting for our people's freedom will remember him.", "fighting"));
        assertEquals(Optional.of("figurative"), reason("The sources said a new disinformation offensive had been unleashed.", "offensive"));
        assertTrue(reason("Fighting was reported at dawn in the town, the army said.", "Fighting").isEmpty());
        assertTrue(reason("Guerrillas carried out executions of six peasants in the village.", "executions").isEmpty(), "extrajudicial killings stay");
        assertEquals(Optional.of("earlier act"), reason("Their abduction, resembling Boko Haram’s 2014 abduction of 276 schoolgirls, shocked the world.", "abduction of"));
        assertEquals(Optional.of("figurative"), reason("He cited the work of the special forces in the battle against drug trafficking.", "battle"));
        assertEquals(Optional.of("figurative"), reason("The Bahamas government is supporting Colombia's fight on illegal drug trafficking.", "fight"));
        assertEquals(Optional.of("figurative"), reason("Colombia cannot fight this evil alone, Barco asserted.", "fight"));
        assertEquals(Optional.of("figurative"), reason("The work was undertaken by all those who are in charge of fighting drug trafficking.", "fighting"));
        assertEquals(Optional.of("figurative"), reason("Two trends are fighting against Guatemalan democracy.", "fighting"));
        assertEquals(Optional.of("earlier act"), reason("The sentence caps three years of efforts to bring Nichols to justice since his arrest.", "arrest"));
        assertEquals(Optional.of("habitual"), reason("Sudan's army has often been accused of bombing South Kordofan.", "bombing"));
        assertTrue(reason("Sudan's army was accused of bombing the camp on Thursday.", "bombing").isEmpty());
    }

    @Test
    void a_missile_expected_a_threat_listed_a_protest_leader_and_a_house_arrest_one_is_under_are_no_events() {
        // VOA wording
        assertEquals(Optional.of("irrealis"), reason("A general said he is expecting North Korea to launch a long-range ballistic missile soon.", "ballistic missile"));
        assertEquals(Optional.of("irrealis"), reason("\"I do not believe there will be Dodik's arrest,\" Nobilo said.", "arrest"));
        assertEquals(Optional.of("irrealis"), reason("Joly cited threats such as growing shadow fleets, dark vessels and sabotage of undersea cables.", "sabotage"));
        assertEquals(Optional.of("irrealis"), reason("Joly cited threats such as “growing shadow fleets, dark vessels” and “sabotage of undersea cables.”", "sabotage"),
                "an opening quote before the listed threat is read past");
        assertEquals(Optional.empty(), reason("A witness said “gunmen attacked the hotel at dawn.”", "gunmen attacked"), "a quoted act is still an act");
        assertEquals(Optional.of("noun modifier"), reason("The general who led the effort and protest leaders signed an agreement.", "protest"));
        assertEquals(Optional.of("state"), reason("His health was better while under house arrest, his lawyer said.", "arrest"));
        assertEquals(Optional.of("state"), reason("Another court in November revoked Zamora's house arrest.", "arrest"));
        assertTrue(reason("Police placed the opposition leader under house arrest on Monday.", "arrest").isEmpty());
    }

    @Test
    void a_charge_list_a_near_miss_and_a_deal_still_to_be_done_are_no_events() {
        assertEquals(Optional.of("charge list"), reason("He was also charged with robbing trucks loaded with goods, raping, kidnapping and attacking motorists.", "raping"));
        assertEquals(Optional.of("irrealis"), reason("Masih Alinejad was almost gunned down on the streets of New York City by a hitman.", "gunned down"));
        assertEquals(Optional.of("irrealis"), reason("The Kremlin said much remains to be done on a Ukraine ceasefire deal.", "ceasefire deal"));
        assertTrue(reason("Gunmen stormed a hotel and killed five people, charging at guards.", "stormed a hotel").isEmpty());
    }

    @Test
    void what_should_not_be_done_again_or_was_done_instead_is_no_event() {
        assertEquals(Optional.of("irrealis"), reason("We are not going to allow women and children to be bombed again.", "bombed"));
        assertEquals(Optional.of("negated"), reason("Instead of bombing densely populated neighborhoods, they attack leaders.", "bombing"));
    }

    @Test
    void an_offensive_named_as_the_setting_of_something_else_is_no_clash() {
        assertEquals(Optional.of("campaign"), reason("The archbishop said the army's response to the FMLN offensive in San Salvador was excessive.", "offensive"));
        assertEquals(Optional.of("campaign"), reason("The armed actions are taking place within the framework of an offensive launched in November.", "offensive"));
        assertTrue(reason("The army launched an offensive on the town at dawn.", "offensive").isEmpty());
        assertTrue(reason("During an offensive on the town, 20 militants were killed.", "offensive").isEmpty(), "a toll makes it an event");
    }

    @Test
    void the_violence_refugees_fled_is_why_they_are_refugees_not_an_event() {
        assertEquals(Optional.of("displacement cause"),
                reason("Yida is home to 22,000 refugees, many of whom walked seven days across the border to flee indiscriminate bombing.", "bombing"));
        assertEquals(Optional.of("displacement cause"), reason("Thousands of families fled the fighting in the north.", "fighting"));
        assertEquals(Optional.of("displacement cause"), reason("42 people were killed in the school, where 300 people had taken shelter from fighting.", "fighting"));
        assertEquals(Optional.of("background period"),
                reason("Since fighting between the army and the rebels began in July, thousands of civilians have fled the region.", "fighting"));
        assertEquals(Optional.of("background period"), reason("Many residents fought alongside the south during its civil war with the north.", "fought"));
        assertTrue(reason("Warplanes bombed the camp where families who fled the town were sheltering.", "bombed").isEmpty());
        assertTrue(reason("The gunmen fled after the shooting at the market.", "shooting").isEmpty(), "fleeing the scene is no displacement");
    }

    @Test
    void a_list_of_charges_is_a_record_of_conduct_not_an_act() {
        String s = "The government accuses the rebel group of killing, maiming, raping, looting, and regularly displacing civilians.";
        assertEquals(Optional.of("charge list"), reason(s, "raping"));
        assertEquals(Optional.of("charge list"), reason(s, "killing"));
        assertTrue(reason("South Sudan accused Sudan of bombing a refugee camp on Thursday.", "bombing").isEmpty());
    }

    @Test
    void an_act_noun_modifying_another_noun_is_no_act() {
        assertEquals(Optional.of("noun modifier"), reason("Tehran has previously called the abduction allegations baseless.", "abduction"));
        assertTrue(reason("The abduction took place on Monday near the border.", "abduction").isEmpty());
    }

    @Test
    void plans_and_infinitives_did_not_happen() {
        assertEquals(Optional.of("irrealis"), reason("The army is preparing an offensive to retake the town.", "retake"));
        assertEquals(Optional.of("irrealis"), reason("Officials warned the group could attack the capital.", "attack"));
        assertEquals(Optional.of("irrealis"), reason("Unidentified people urged the throwing of fire bombs against the embassy.", "throwing"));
        assertEquals(Optional.of("irrealis"), reason("Residents called for the arrest of the gunmen.", "arrest"));
        assertEquals(Optional.of("irrealis"), reason("The regime's endgame is to either capture the oilfields or gain leverage.", "capture"));
        assertEquals(Optional.of("irrealis"), reason("She told the council that any agreement must halt rocket attacks from Gaza.", "rocket attacks"));
        assertTrue(reason("To that we must add that they destroyed many homes which they entered.", "destroyed").isEmpty(), "a modal verb of saying does not reach past 'that'");
        assertEquals(Optional.of("irrealis"), reason("Imagine someone says we're going to plan a massive air bombardment on a city.", "air bombardment"));
    }

    @Test
    void an_arrest_someone_faces_or_escapes_did_not_happen() {
        assertEquals(Optional.of("irrealis"), reason("Facing the prospect of arrest for violating her probation, she entered a clinic.", "arrest"));
        assertEquals(Optional.of("irrealis"), reason("Police declared a maximum alert in view of the possibility of subversive attacks on police stations.", "attacks"),
                "MUC-4 (Tegucigalpa, 6 February 1989)");
        assertEquals(Optional.of("irrealis"), reason("The opposition leader escaped arrest by fleeing to the embassy.", "arrest"));
        assertTrue(reason("Police arrested the opposition leader at the embassy on Monday.", "arrested").isEmpty());
    }

    @Test
    void a_crime_someone_awaits_trial_for_is_a_court_step_not_an_event() {
        assertEquals(Optional.of("judicial"), reason("The coach was released on bail as he awaits trial on charges he raped a girl.", "raped"));
        assertEquals(Optional.of("judicial"), reason("He returned to prison in June 1999 to serve a life sentence for aggravated sexual assault.", "sexual assault"));
        assertEquals(Optional.of("judicial"), reason("He was serving life in prison for aggravated sexual assault.", "sexual assault"));
        assertEquals(Optional.of("earlier act"), reason("Trial Opens in 2004 Bombing of French Base in Ivory Coast", "Bombing"));
        assertTrue(reason("Gunmen raped two women in the village on Monday, police said.", "raped").isEmpty());
    }

    @Test
    void an_escaped_prisoner_recaptured_was_recaptured() {
        assertTrue(reason("The escaped inmate was recaptured in Houston on Friday.", "recaptured").isEmpty());
    }

    @Test
    void an_act_said_not_to_have_happened_did_not_happen() {
        assertEquals(Optional.of("negated"), reason("I do hope the church was not torched because of her beliefs.", "torched"));
        assertEquals(Optional.of("negated"), reason("The village has not been attacked since the truce.", "attacked"));
    }

    @Test
    void fighting_back_tears_and_a_governments_protest_are_other_senses() {
        assertEquals(Optional.of("other sense"), reason("The girl's mother fought back emotions to recall the night her child died.", "fought"));
        assertEquals(Optional.of("other sense"), reason("The mother fought tears when images were shown in court.", "fought"));
        assertEquals(Optional.of("other sense"), reason("The UN protested at a complete absence of accountability for the deaths.", "protested"));
        assertTrue(reason("Thousands protested against the decision in the capital on Friday.", "protested").isEmpty());
        // MUC-4 wire copy: "INSTITUTE DIRECTOR FATHER GIUSSEPPE CORO PROTESTED TODAY THE MURDER OF A YOUNG MECHANICS STUDENT"
        assertEquals(Optional.of("other sense"), reason("Institute director Father Giusseppe Coro protested today the murder of a student.", "protested"));
        // the cue reads the trigger's own phrase: a government's protest does not make other acts in its sentence other senses
        String both = "The foreign ministry protested to the ambassador on Monday, hours after gunmen in two pickup trucks attacked a police post"
                + " in the northern province and killed three officers.";
        assertEquals(Optional.of("other sense"), reason(both, "protested"));
        assertTrue(reason(both, "attacked").isEmpty());
        // VOA (public domain): the cue beside its trigger
        assertEquals(Optional.of("other sense"), reason("Morgan Kehr, a senior firefighter from Edmonton, has flown in to join his Australian counterparts,"
                + " who have in previous years battled blazes in Canada.", "battled"));
    }

    @Test
    void campaigns_talk_and_figures_of_speech_are_no_events() {
        // sentences from Voice of America stories (public domain)
        assertEquals(Optional.of("figurative"), reason("The fight against al-Shabab militants has caused many to flee their homes.", "fight"));
        assertEquals(Optional.of("irrealis"), reason("His remarks are likely to be seized on by nationalist populists.", "seized"));
        assertEquals(Optional.of("figurative"), reason("Populists seized on his remarks.", "seized"));
        assertEquals(Optional.of("other sense"), reason("\"He's still strong mentally, and he's still fighting,\" the younger Lai said.", "fighting"));
        assertEquals(Optional.of("other sense"), reason("\"This is a demonstration of our commitment to using those instruments,\" he said.", "demonstration"));
        assertEquals(Optional.of("background period"),
                reason("The separatist group has been fighting a deadly insurgency against the Pakistani state.", "fighting"));
        assertEquals(Optional.of("irrealis"), reason("Security sources said potential suicide bombers were holding hostages.", "suicide bombers"));
        assertTrue(reason("Fighting between the army and the rebels killed ten people on Monday.", "Fighting").isEmpty());
        assertTrue(reason("A demonstration of 5,000 people marched to the ministry.", "demonstration").isEmpty());
    }

    @Test
    void floods_trends_programmes_and_dangers_are_no_acts() {
        // sentences from Voice of America stories (public domain)
        assertEquals(Optional.of("natural disaster"),
                reason("Their houses and property were either destroyed or submerged by floods.", "destroyed"));
        assertEquals(Optional.of("generic wave"), reason("Nigeria is seeing a wave of kidnappings of school children by criminal gangs.", "kidnappings"));
        assertEquals(Optional.of("generic wave"), reason("She said authorities should declare a state of emergency over the spate of abductions.", "abductions"));
        assertEquals(Optional.of("other sense"),
                reason("North Korea has been continuing to develop its nuclear and ballistic missile programs.", "ballistic missile"));
        assertEquals(Optional.of("other sense"), reason("The 'liberation' advantage keeps ruling parties in power.", "liberation"));
        assertEquals(Optional.of("irrealis"), reason("The dangers of kidnapping by bandits are still lurking around.", "kidnapping"));
        assertEquals(Optional.of("irrealis"), reason("We urge restraint to prevent further escalation of hostilities.", "hostilities"));
        assertTrue(reason("A wave of airstrikes hit the town on Monday, killing 20 people.", "airstrikes").isEmpty());
    }

    @Test
    void forecasts_arms_sales_and_animals_are_no_acts() {
        // sentences from Voice of America stories (public domain)
        assertEquals(Optional.of("irrealis"), reason("A top general said he is expecting North Korea to launch a ballistic missile soon.", "ballistic missile"));
        assertEquals(Optional.of("irrealis"), reason("They must stop killing Afghan civilians and return to the table.", "killing Afghan civilians"));
        assertEquals(Optional.of("other sense"), reason("The risk is to those who capture the dogs and those who slaughter them.", "capture"));
        assertEquals(Optional.of("other sense"),
                reason("Artillery shells made in North Korea were included in the weapons Russia has used against Ukraine.", "Artillery"));
        assertEquals(Optional.of("other sense"), reason("Trump blocked the Turkish sale over concerns about the fighter jet's technology.", "fighter jet"));
        assertEquals(Optional.of("earlier act"), reason("No country has recognized the Taliban since they seized control of Afghanistan in 2021.", "seized"));
        assertTrue(reason("Artillery shells hit the market on Monday, killing five.", "Artillery").isEmpty());
    }

    @Test
    void aggregates_questions_orders_and_anniversaries_are_no_acts() {
        // sentences from Voice of America stories (public domain)
        assertEquals(Optional.of("aggregate"), reason("In 2024, the BLA and other groups killed nearly 400 people in over 500 attacks.", "killed nearly 400 people"));
        assertEquals(Optional.of("question"), reason("Where are the examples of killed journalists?", "killed journalists"));
        assertEquals(Optional.of("generic present"), reason("Women and girls are victims of rape and other forms of sexual assault.", "rape"));
        assertEquals(Optional.of("generic present"), reason("Others encounter discrimination or sexual violence in their workplaces.", "sexual violence"));
        assertTrue(reason("Gunmen raped two women in the village on Monday, residents said.", "raped").isEmpty());
        assertEquals(Optional.of("irrealis"), reason("Prosecutors on Wednesday had ordered the arrest of Dodik and his aides.", "arrest"));
        assertEquals(Optional.of("irrealis"), reason("\"No one should be detained at Guantanamo,\" Sepulveda added.", "detained"));
        assertEquals(Optional.of("negated"), reason("Russia has not agreed to the ceasefire, but talks go on.", "agreed to the ceasefire"));
        assertEquals(Optional.of("earlier act"), reason("Friday is the 14th anniversary of the start of pro-democracy protests.", "protests"));
        assertEquals(Optional.of("other sense"), reason("The United States announced it would cease aid, following the Oval Office clash between the presidents.", "clash"));
        assertEquals(Optional.of("other sense"), reason("With treatment, he has regained control over his health.", "regained control"));
        assertEquals(Optional.of("other sense"), reason("Bosnia needs this situation defused immediately.", "defused"));
        assertEquals(Optional.of("background period"), reason("Paris was accused of aiding rebels fighting then-president Laurent Gbagbo.", "fighting"));
    }

    @Test
    void capturing_a_medal_or_shooting_a_film_is_no_act_of_war() {
        assertEquals(Optional.of("other sense"), reason("Hosts Canada captured the silver medal on Sunday.", "captured"));
        assertEquals(Optional.of("other sense"), reason("The film is shot in a village outside Kabul.", "shot"));
        assertTrue(reason("Rebels captured the town of Kafr Nabl on Sunday.", "captured").isEmpty());
    }

    @Test
    void a_specific_strike_is_an_event() {
        assertTrue(reason("A drone strike hit a car near the border on Tuesday, killing two men.", "drone strike").isEmpty());
    }

    @Test
    void firefighters_fighting_a_blaze_or_a_legal_battle_are_no_armed_clash() {
        assertEquals(Optional.of("other sense"), reason("Crews with hoses fought the fire from above for three hours.", "fought"));
        assertEquals(Optional.of("other sense"), reason("The family has been locked in a legal battle with the city.", "battle"));
        assertEquals(Optional.empty(), reason("Soldiers fought the militants for three hours near the bridge.", "fought"));
    }

    @Test
    void a_title_fight_is_sport() {
        assertEquals(Optional.of("sport"), reason("The champion won the heavyweight title fight in the seventh round.", "fight"));
    }

    @Test
    void common_crime_and_natural_hazards_are_outside_acled() {
        assertEquals(Optional.of("ordinary crime"), reason("The driver was arrested on suspicion of drunken driving early Sunday.", "arrested"));
        assertEquals(Optional.of("natural disaster"), reason("The earthquake killed six children when a school collapsed.", "killed six children"));
        assertEquals(Optional.of("other sense"), reason("The coach is battling leukemia.", "battling"));
        assertEquals(Optional.of("other sense"), reason("The two chipmakers are locked in a market share battle.", "battle"));
        assertEquals(Optional.empty(), reason("Police arrested the opposition leader at his home.", "arrested"));
        assertEquals(Optional.of("judicial"), reason("He was serving a life sentence after being convicted of sexual assault in 1998.", "sexual assault"));
        assertEquals(Optional.of("judicial"), reason("Prosecutors said the gunman shot three guards during the escape.", "shot"));
    }

    @Test
    void capturing_footage_is_another_sense() {
        assertEquals(Optional.of("other sense"), reason("A drone captured dramatic footage of the landslides in the south.", "captured"));
    }

    @Test
    void a_months_long_campaign_is_background() {
        assertEquals(Optional.of("background period"),
                reason("Rebels seized the provincial capital despite a monthslong, Saudi-led bombing campaign.", "bombing"));
    }

    @Test
    void an_act_named_with_a_year_as_its_modifier_is_an_earlier_act() {
        String s = "Troops captured two villages near the town that was the scene of a deadly 2017 chemical attack.";
        assertEquals(Optional.of("earlier act"), reason(s, "chemical attack"));
        assertEquals(Optional.empty(), reason(s, "captured"));
    }

    @Test
    void what_protesters_decry_is_their_grievance_and_a_plan_for_arrests_did_not_happen() {
        assertEquals(Optional.of("grievance"), reason("Protesters took to the streets to decry the arrests and violence.", "arrests"));
        assertEquals(Optional.empty(), reason("The minister condemned the attack on the convoy.", "attack"));
        assertEquals(Optional.of("irrealis"), reason("Crowds rallied against the government's plan for mass arrests of migrants.", "arrests"));
    }

    @Test
    void an_industrial_or_road_accident_is_no_event_but_a_bomb_at_a_factory_is() {
        assertEquals(Optional.of("accident"), reason("A chemical leak at a polymer plant has killed ten people.", "killed"));
        assertEquals(Optional.of("accident"), reason("One person is dead after a multi-vehicle crash and explosion on the highway.", "explosion"));
        assertEquals(Optional.empty(), reason("A bomb caused an explosion at the factory, killing two guards.", "bomb"));
    }

    @Test
    void a_past_act_named_as_the_yardstick_of_a_superlative_is_background() {
        assertEquals(Optional.of("comparison"), reason("The disturbances have been described as the most serious in Greece since student protests that preceded the fall of the junta in 1974.", "protests"));
        assertEquals(Optional.of("comparison"), reason("It was the deadliest day in the city since the bombing of the mosque.", "bombing"));
        assertEquals(Optional.of("comparison"), reason("The violence has not been seen since the riots of 1981.", "riots"));
        assertEquals(Optional.of("comparison"), reason("Students have pointed out similarities to the case of another 15-year-old, "
                + "who was killed by an officer during a demonstration in Athens in 1985.", "demonstration"));
        assertEquals(Optional.of("comparison"), reason("The scenes were reminiscent of the riots that shook the city in 2005.", "riots"));
        assertEquals(Optional.of("comparison"), reason("The world must not watch as it did during Rwanda, where close to a million people were massacred.", "massacred"));
        assertEquals(Optional.empty(), reason("The riots, the most serious since 1974, spread to Salonika on Sunday.", "riots"), "the act itself, before the yardstick");
        assertTrue(reason("Since the protests began, police have arrested 40 people.", "arrested").isEmpty());
    }

    @Test
    void conditions_threats_statistics_and_court_orders_are_no_acts() {
        assertEquals(Optional.of("state"), reason("Civilians remain unseen, unprotected, bombed, besieged, raped, displaced.", "bombed"));
        assertEquals(Optional.of("irrealis"), reason("The agency said children are suffering horribly, with daily threats of violence, starvation, disease and sexual assault.", "sexual assault"));
        assertEquals(Optional.of("irrealis"), reason("In Africa it can also mean intimidation, arrest and violence.", "arrest"));
        assertEquals(Optional.of("aggregate"), reason("There were 221 cases of rape against children reported in nine states last year.", "rape"));
        assertEquals(Optional.of("judicial"), reason("He spent 800 days in prison before a court in October granted him house arrest.", "arrest"));
        assertEquals(Optional.empty(), reason("Three people remain missing after gunmen attacked the bus.", "attacked"));
    }

    @Test
    void an_act_named_to_say_who_someone_is_tells_no_act() {
        assertEquals(Optional.of("role"), reason("Khalil, who played a prominent role in last year's Columbia University protests, was detained.", "protests"));
        assertEquals(Optional.of("role"), reason("Al-Sharaa, leader of the group that spearheaded the offensive against Assad, spoke.", "offensive"));
        assertEquals(Optional.empty(), reason("Khalil, who was detained on Saturday, spoke to reporters.", "detained"));
    }

    @Test
    void an_act_denied_or_a_fight_against_crime_is_no_event() {
        assertEquals(Optional.of("negated"), reason("The confederation condemned the raids and denied that peasants had ambushed the patrol.", "ambushed"));
        assertEquals(Optional.of("figurative"), reason("The state organizations fighting criminality will struggle against them.", "fighting"));
    }

    @Test
    void demonstrations_announced_or_said_to_lie_ahead_have_not_happened() {
        assertEquals(Optional.of("planned"), reason("More protests ahead in Greece", "protests"));
        assertEquals(Optional.of("irrealis"), reason("Greek students announced new rallies on Sunday after another night of violence.", "rallies"));
        assertEquals(Optional.of("irrealis"), reason("The planned march was called off.", "march"));
        assertEquals(Optional.of("irrealis"), reason("Outside the palace, officers braced for the coming protests.", "protests"));
        assertEquals(Optional.empty(), reason("The army announced it had captured the town.", "captured"));
        assertEquals(Optional.empty(), reason("Protests spread to ten cities on Sunday.", "Protests"));
    }

    @Test
    void a_war_of_past_decades_and_an_old_incident_the_report_recalls_are_background() {
        assertEquals(Optional.of("background period"), reason("The tribes of the south fought a two-decade war with the north from 1983 to 2005 that killed 2 million people.", "fought"));
        assertEquals(Optional.of("earlier act"), reason("The conviction stemmed from a 1999 incident where he stabbed his wife 17 times.", "stabbed"));
        // a clause that opens "a year before", "months earlier": the writer steps back from the told act to another
        assertEquals(Optional.of("earlier act"), reason("Less than a year before, and only blocks away, a detective shot and killed an unarmed woman.", "shot and killed"));
        assertEquals(Optional.of("earlier act"), reason("Two months earlier, rebels had seized the town.", "seized"));
        assertEquals(Optional.empty(), reason("Two days earlier, rebels seized the town.", "seized"), "a step of the told campaign");
        assertEquals(Optional.empty(), reason("Gunmen stabbed a shopkeeper in the market on Friday.", "stabbed"));
    }

    @Test
    void police_arresting_the_suspect_of_a_murder_is_common_crime_not_a_political_arrest() {
        assertEquals(Optional.of("criminal arrest"), reason("Teen Arrested in Shooting of Hero Brooklyn Mom", "Arrested"));
        assertEquals(Optional.of("criminal arrest"), reason("Less than two weeks later, Timmons was arrested and charged with the shooting.", "arrested"));
        assertEquals(Optional.of("criminal arrest"), reason("Police arrested a murder suspect in the east of the city.", "arrested"));
        assertEquals(Optional.empty(), reason("Police arrested three militants over the killing of the governor.", "arrested"), "armed groups' arrests are coded");
        assertEquals(Optional.empty(), reason("Police arrested 40 protesters after the death of the student.", "arrested"));
        assertEquals(Optional.empty(), reason("The gunmen shot dead two men in the killing of a local chief.", "shot dead"), "only arrest triggers");
    }

    @Test
    void rescuers_who_battle_to_free_the_trapped_fight_no_one() {
        assertEquals(Optional.of("other sense"), reason("More than 100 emergency workers battled for hours to free five people trapped in the wreckage.", "battled"));
        assertEquals(Optional.of("other sense"), reason("Doctors fought to save the boy's life.", "fought"));
        assertEquals(Optional.empty(), reason("Rebels fought to control the road.", "fought"), "a clash over a road stays a clash");
    }

    @Test
    void a_report_that_leads_with_a_common_crime_and_names_no_politics_is_about_crime() {
        assertTrue(filter.commonCrime("Hit and run outside a store leaves woman dead", "Hit and run outside a store leaves woman dead. The driver was arrested."));
        assertTrue(filter.commonCrime("Texas prisoner captured after week on the run. A convicted sex offender escaped.", "The escapee was recaptured."));
        assertFalse(filter.commonCrime("Police arrest 40 after riots over the shooting of a teenager", "Police arrest 40 after riots over the shooting of a teenager."));
        assertFalse(filter.commonCrime("Gunmen stormed a village", "Militants stormed a village; police arrested two suspects in the shooting."));
    }

    @Test
    void an_act_told_of_an_indefinite_someone_is_no_act() {
        // voa-6203525, a Yangon resident on the arrests after the coup
        assertEquals(Optional.of("indefinite"), reason("Everybody knows somebody who has been arrested.", "arrested"));
        assertEquals(Optional.of("indefinite"), reason("Families of anyone who was abducted by the militia meet every week.", "abducted"));
        assertEquals(Optional.empty(), reason("Police arrested someone near the parliament on Monday.", "arrested"), "a someone who was arrested is an act");
    }

    @Test
    void a_negation_reaches_past_an_adverb() {
        // voa-8011076: a police chief on the threat before the Jaffar Express hijacking
        assertEquals(Optional.of("negated"), reason("“There was a threat in the general area,” said Chaudhry, adding that it was not specifically about an attack on the train.",
                "attack on the train"));
        assertEquals(Optional.empty(), reason("The convoy was not only attacked but also looted.", "attacked"), "'not only' negates nothing");
    }
}
