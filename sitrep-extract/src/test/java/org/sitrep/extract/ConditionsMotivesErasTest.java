package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * Acts named under a condition, as a motive, as the aim of an infinitive, as a habit or as a long period, and the tolls of
 * whole eras: none of them is a specific act with its own toll; nor is the month May a modal. Sentences written in wire style for these tests.
 */
class ConditionsMotivesErasTest {
    private final BackgroundFilter filter = new BackgroundFilter();
    private final TriggerFinder finder = new TriggerFinder();
    private final FatalityExtractor tolls = new FatalityExtractor(new NumberParser());

    private List<SubEventType> types(String s) {
        TriggerCombiner combiner = new TriggerCombiner();
        return combiner.combine(finder.find(s, 0)).stream().map(Trigger::subType).distinct().toList();
    }

    private Optional<String> reason(String s, String trigger) {
        int at = s.indexOf(trigger);
        return filter.reason(s, 0, new Span(at, at + trigger.length()));
    }

    @Test
    void an_act_named_as_the_cause_of_a_sanction_or_an_expulsion_is_no_act_of_the_report() {
        assertEquals(Optional.of("diplomatic response"),
                reason("Canada announced new sanctions against Syria today in response to its alleged chemical weapons attack.", "chemical weapons attack"));
        assertEquals(Optional.of("diplomatic response"),
                reason("Moscow expelled ten diplomats on Friday over the bombing of its soldiers.", "bombing"));
        assertTrue(reason("Gunmen attacked the embassy on Monday, and the government expelled the ambassador.", "attacked the embassy").isEmpty(),
                "the attack is told, not named as the expulsion's cause");
        assertTrue(reason("Police arrested ten men over the bombing of the market on Monday.", "bombing").isEmpty(),
                "an arrest over a bombing is no diplomatic step: the bombing is left to the other cues");
    }

    @Test
    void an_act_under_a_condition_did_not_happen() {
        assertEquals(Optional.of("irrealis"), reason("The minister said that if the rebels end their hostilities the talks could resume.", "hostilities"));
        assertEquals(Optional.of("irrealis"), reason("Unless the rebels end the hostilities soon, talks cannot resume.", "hostilities"));
        assertTrue(reason("It looked as if the bombing had destroyed the whole street.", "bombing").isEmpty(), "'as if' is no condition");
        assertTrue(reason("If the men who were arrested in the town are not freed, the strike goes on.", "arrested").isEmpty(),
                "the condition is the main clause's; the arrest in its relative clause happened");
        assertTrue(reason("He asked what happened after the rebels attacked the base on Monday.", "attacked the base").isEmpty());
    }

    @Test
    void a_protest_named_as_a_motive_is_no_protest() {
        assertEquals(List.of(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE),
                types("The priest was kidnapped by a rebel cell in protest of the president's visit."));
        assertEquals(List.of(), types("Two ministers resigned in protest on Friday."));
        assertEquals(List.of(), types("The union called the stoppage as a protest against the new tax."));
        assertEquals(List.of(SubEventType.PEACEFUL_PROTEST), types("Thousands joined a protest in the capital on Friday."));
        assertEquals(List.of(SubEventType.PEACEFUL_PROTEST), types("Thousands of protestors marched on the tower in protest against the result."),
                "the marchers are protestors, whatever their motive is called");
        assertEquals(List.of(SubEventType.PEACEFUL_PROTEST), types("Five people were hurt in protests against the new tax law."));
        assertEquals(List.of(SubEventType.PROTEST_WITH_INTERVENTION),
                types("Police dispersed a demonstration held in protest against the arrest of twelve activists."));
    }

    @Test
    void the_aim_of_an_infinitive_and_years_spent_fighting_are_no_acts() {
        assertEquals(Optional.of("irrealis"), reason("Foreign advisers travelled north to help counter the guerrilla offensive.", "offensive"));
        assertEquals(Optional.of("irrealis"), reason("They had enough ammunition to maintain a long fight.", "fight"));
        assertEquals(Optional.of("background period"), reason("We spent eight or nine years fighting the ruling party.", "fighting"));
        assertTrue(reason("Troops repelled the guerrilla offensive on Sunday.", "offensive").isEmpty());
    }

    @Test
    void a_wave_an_act_coincides_with_is_a_trend() {
        assertEquals(Optional.of("generic wave"),
                reason("The trafficking coincides with a new wave of kidnappings, bombings and murders in the country.", "bombings"));
    }

    @Test
    void the_toll_of_an_era_is_no_events_toll() {
        assertNull(tolls.extract("After decades of military rule during which more than 100,000 people were killed, some 1,200 rebels still fight.", 0));
        assertNull(tolls.extract("People fear a return to the violence of the early decade, when thousands were killed by death squads.", 0));
        assertNull(tolls.extract("More than 300,000 people were killed during the civil war.", 0));
        assertNull(tolls.extract("Officials said about 15,000 people have been killed as a result of political violence since 1980.", 0));
        assertEquals(30, tolls.extract("The war escalated on Monday, and 30 people were killed in an airstrike.", 0).best());
        assertEquals(12, tolls.extract("Twelve soldiers were killed during the attack on the base.", 0).best());
    }

    @Test
    void counts_of_acts_and_their_many_victims_are_aggregates() {
        assertEquals(Optional.of("aggregate"), reason("The armed forces have increased the number of indiscriminate arrests, she said.", "arrests"));
        assertEquals(Optional.of("generic present perfect"),
                reason("Church workers told of the hundreds of peasants who have been murdered, kidnapped or tortured.", "kidnapped"));
        assertEquals(Optional.of("noun modifier"), reason("The releases came as the preventive arrest deadlines began to expire.", "arrest"));
        assertTrue(reason("Police arrested 12 activists in the capital on Monday.", "arrested").isEmpty());
    }

    @Test
    void acts_named_as_many_other_or_past_ones_are_no_one_act() {
        // VOA (Kabul, 2021) and MUC-4 (1989) phrasings
        assertEquals(Optional.of("repeated acts"), reason("The president declared Tuesday a day of mourning for the victims of the Kabul attack and"
                + " other recent bombings against civilians.", "bombings"));
        assertEquals(Optional.of("repeated acts"), reason("There were 2,978 political assassinations in 1988.", "assassinations"));
        assertEquals(Optional.of("repeated acts"), reason("The region has suffered a spate of kidnappings.", "kidnappings"));
        assertEquals(Optional.of("repeated acts"), reason("We inform the community that such bombings have destroyed thousands of homes.", "bombings"));
        assertTrue(reason("The president declared a day of mourning for the victims of the Kabul attack and other recent bombings.",
                "Kabul attack").isEmpty(), "the one attack told beside them stays");
        assertTrue(reason("The recent bombing of the market killed nine people.", "bombing").isEmpty(), "one act, singular");
        assertTrue(reason("Several airstrikes hit the town on Monday, killing 12 people.", "airstrikes").isEmpty(), "with a toll: the day's strikes");
        assertTrue(reason("Several gunmen attacked the bus on Monday.", "attacked").isEmpty(), "a count of the attackers, not of acts");
        assertTrue(reason("Multiple explosions rocked the city on Tuesday.", "explosions").isEmpty(), "the day's acts");
        assertTrue(reason("Other aerial strikes hit villages near the river crossing, they added.", "aerial strikes").isEmpty(), "more of the story");
        assertTrue(reason("In December, U.S. forces carried out a series of airstrikes against IS in Syria.", "airstrikes").isEmpty());
    }

    @Test
    void protests_a_government_lodges_bans_or_announces_are_no_protest_events() {
        assertEquals(Optional.of("other sense"), reason("The government strongly protests the fact that its neighbour shelters the rebels.", "protests"));
        assertEquals(Optional.of("irrealis"), reason("The mayor issued a decree prohibiting rallies in the city.", "rallies"));
        assertTrue(reason("More than 1,000 people have been killed since the army cracked down on anti-government protests that began in March.",
                "killed").isEmpty(), "anti-government protests are protests, not a government's");
        assertEquals(Optional.of("planned"), reason("The demonstration will also demand the release of prisoners.", "demonstration"));
        assertTrue(reason("Members of the banned group attacked a police post on Monday.", "attacked a police post").isEmpty(), "a banned group still acts");
        assertTrue(reason("Thousands joined the demonstration in the capital on Friday.", "demonstration").isEmpty());
        assertEquals(List.of(), types("This situation has been clearly demonstrated by the resolution."), "'demonstrated' as 'shown'");
        assertEquals(List.of(), types("The impunity of the armed forces, as demonstrated by the standstill in the trial, goes on."));
        assertEquals(List.of(), types("The group said it demonstrated to the country its good will."));
        assertTrue(types("Students demonstrated in the capital on Friday.").contains(SubEventType.PEACEFUL_PROTEST));
        // MUC-4 (1989): a candidate killed at a campaign event; the killing stays
        assertEquals(List.of(SubEventType.ATTACK), types("Senator Galan was assassinated while attending an election rally in a Bogota suburb."));
        assertTrue(reason("He was shot at a campaign rally in the border city of Tijuana.", "shot").isEmpty());
    }

    @Test
    void what_usually_happens_is_no_act() {
        // VOA (public domain), the Central African Republic
        assertEquals(Optional.of("habitual"), reason("The army sealed border areas where rebels traditionally attempt to pass through when attacked by"
                + " government troops.", "attacked by government troops"));
        assertTrue(reason("Rebels attacked the town on Tuesday, as they usually do.", "attacked").isEmpty(), "the habit said after the act");
    }

    @Test
    void the_month_may_is_no_modal() {
        assertTrue(reason("SAN SALVADOR, 3 MAY 89 (RADIO VENCEREMOS) -- GUERRILLAS ATTACKED THE COMMAND POST IN SAN RAMON.", "ATTACKED").isEmpty());
        assertTrue(reason("In May militants seized the town and its airport.", "seized").isEmpty());
        assertTrue(reason("Since mid-May rebels attacked the base twice.", "attacked").isEmpty());
        assertEquals(Optional.of("irrealis"), reason("Officials fear the rebels may attack the town again.", "attack"));
        assertEquals(Optional.of("irrealis"), reason("The rebels may or may not attack the town.", "attack"));
    }
}
