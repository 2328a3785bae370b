package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

/** Trigger senses read from MUC-4 wire copy, VOA stories and general (non-conflict) news; see TriggerFinderTest for the rest. */
class TriggerSensesTest {
    private final TriggerFinder finder = new TriggerFinder();

    private List<SubEventType> types(String s) {
        return finder.find(s, 0).stream().map(Trigger::subType).distinct().toList();
    }

    @Test
    void wire_copy_killings_explosions_and_hijackings_are_acts() {
        // MUC-3 style wire copy: a day between the verb and its agent, an agent of unnamed persons
        assertEquals(List.of(SubEventType.ATTACK), types("Banker Ramiro Castillo was murdered today by a group of unidentified persons."));
        assertEquals(List.of(SubEventType.ATTACK), types("Gunmen riddled him with machinegun fire as he left his home."));
        assertEquals(List.of(SubEventType.ATTACK), types("A rebel detachment seized the local mayor and shot him in the central square."));
        assertEquals(List.of(), types("He was murdered by his brother-in-law, the court heard."), "a relative is no armed group");
        assertEquals(List.of(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED), types("Three explosions rocked the capital today."));
        assertEquals(List.of(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED), types("Another explosion took place in front of the church."));
        assertEquals(List.of(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE), types("Militants hijacked the train near Sibi on Tuesday."));
        // voa-8011076: "31 people ... lost their lives in Tuesday's train hijacking by armed militants"
        assertEquals(List.of(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE), types("Passengers were freed after Tuesday's train hijacking by militants."));
        assertEquals(List.of(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE), types("The hijacking of the Jaffar Express by militants lasted 30 hours."));
        // Voice of America (public domain): a cell broken up, a crowd massed in protest, militants' killing claimed by the army
        assertEquals(List.of(SubEventType.ARRESTS), types("On Feb. 24, the Moroccan counterterror agency broke up a terrorist cell calling itself the Lions."));
        assertEquals(List.of(), types("Police broke up a drug ring in the port."), "a crime ring is no political cell");
        assertEquals(List.of(), types("Investors dismantled the Istanbul network of shops."), "'is' is a group's name only as a word");
        assertEquals(List.of(SubEventType.PEACEFUL_PROTEST), types("Hundreds of people massed in front of Israel's consulate in Istanbul in protest of police actions."));
        assertEquals(List.of(), types("The minister resigned in protest of the decision."), "a lone 'in protest' is no demonstration");
        assertEquals(List.of(SubEventType.ARMED_CLASH), types("The military claimed the killing of 33 terrorists."));
        // "THE BOMB WAS SET OFF ON ALUX MOUNTAIN ... A MAN ... WAS KILLED BY THE BOMB"
        assertEquals(List.of(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED), types("The bomb was set off on the mountain west of the capital."));
        assertEquals(List.of(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED), types("A watchman was killed by the bomb."));
        assertEquals(List.of(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED), types("Two offices were destroyed by a powerful bomb explosion."));
    }

    @Test
    void a_person_shot_by_no_one_named_is_an_attack_but_a_film_shot_is_not() {
        // MUC-4 wire copy: "SENATOR LUIS CARLOS GALAN ... WAS SHOT THIS EVENING WHEN HE WAS ABOUT TO GIVE A SPEECH"
        assertEquals(List.of(SubEventType.ATTACK), types("The senator was shot this evening when he was about to give a speech."));
        assertEquals(List.of(SubEventType.ATTACK), types("He was shot eight times in the chest."));
        assertEquals(List.of(SubEventType.ATTACK), types("The student was despicably and cowardly shot in the back near his house."));
        assertEquals(List.of(SubEventType.ATTACK), types("She was shot from a moving vehicle."));
        assertEquals(List.of(), types("The film was shot in Morocco last year."));
        assertEquals(List.of(), types("The scenes were shot on location in Belfast."));
        assertEquals(List.of(), types("His first shot was wide of the goal."));
        assertEquals(List.of(SubEventType.DISRUPTED_WEAPONS_USE), types("The drone was shot down over the city."));
        // "ATTACKED IN ENVIGADO ... BY AN INDIVIDUAL WHO FIRED 13 SHOTS KILLING HIM INSTANTLY"
        assertEquals(List.of(SubEventType.ATTACK), types("An individual fired 13 shots killing him instantly as he walked home."));
        assertEquals(List.of(SubEventType.ATTACK), types("Two men fired several shots at the judge's car."));
        assertEquals(List.of(), types("The guards fired warning shots at the approaching boat."));
        assertEquals(List.of(), types("Soldiers fired shots into the air."));
    }

    @Test
    void kidnapping_cases_and_charges_are_no_abduction() {
        // MUC-4 wire copy: "VELEZ, 38, WHO WAS HANDLING SEVERAL KIDNAPPING AND DRUG TRAFFICKING CASES"
        assertEquals(List.of(), types("Velez, who was handling several kidnapping and drug trafficking cases, had been threatened."));
        assertEquals(List.of(), types("He faces kidnapping charges in Texas."));
        assertEquals(List.of(), types("He was a member of a kidnapping ring in the capital."));
        assertEquals(List.of(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE), types("The kidnapping of the engineer was reported on Monday."));
        assertEquals(List.of(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE), types("A wave of kidnappings and killings has hit the province."));
        assertEquals(List.of(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE), types("Rebels kidnapped network engineers on the road."));
        assertEquals(List.of(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE), types("The US journalist was kidnaped in Beirut."));
    }

    @Test
    void weapons_traded_or_a_squad_at_work_are_no_act_but_a_device_defused_is() {
        assertEquals(List.of(), types("Pyongyang has shipped 10,000 containers to Russia that can hold a total of millions of artillery shells."));
        assertEquals(List.of(SubEventType.SHELLING_ARTILLERY_MISSILE), types("Artillery pounded the town overnight."));
        assertEquals(List.of(), types("A bomb disposal squad searched the area for explosives."), "a squad at work is no act");
        assertEquals(List.of(SubEventType.DISRUPTED_WEAPONS_USE), types("A bomb disposal squad defused the device near the market."));
    }

    @Test
    void general_news_borrows_conflict_words_without_acts() {
        // general news (Giveme5W1H-style politics and business copy) borrows conflict words
        assertEquals(List.of(), types("Obama said he wants the succession well executed because we are all on the same team."));
        assertEquals(List.of(), types("The guerrillas executed a plan to free their comrades."), "a plan executed is no execution");
        assertEquals(List.of(SubEventType.ATTACK), types("Guerrillas executed two peasants in the square."));
        assertEquals(List.of(), types("The transition team worked through handover plans for government agencies."));
        assertEquals(List.of(), types("An aide said the FBI chief cleared her of wrongdoing."));
        assertEquals(List.of(), types("Authorities seized the computer as part of an investigation."));
        assertEquals(List.of(), types("The computer was seized by investigators."));
        assertEquals(List.of(), types("At 12:47 a.m. the mound mob scene began."));
        assertEquals(List.of(), types("He brought up rape fantasies, she claimed."));
        assertEquals(List.of(), types("Cairo last year signed an agreement with Turkey's rival Greece to develop the Mediterranean Sea."));
        assertEquals(List.of(SubEventType.AGREEMENT), types("The government and the rebels signed an agreement on Monday ending the war."));
        assertEquals(List.of(), types("The flaw lets attackers hijack a computer when its user visits a rigged website."), "a computer hijacked is no hostage-taking");
    }

    @Test
    void a_dotted_abbreviation_is_one_word_of_the_phrase() {
        // voa-6184384: "the militants launched a brazen assault on a joint Kenya-U.S. military base in Lamu County"
        assertEquals(List.of(SubEventType.ARMED_CLASH), types("The militants attacked U.S. troops in Lamu County on Monday."));
        assertEquals("attacked U.S. troops", finder.find("The militants attacked U.S. troops.", 0).get(0).phrase(), "the phrase keeps the text's own dots");
        assertEquals("attacked u_s_ troops near the u_n_ base", TriggerFinder.wordsOnly("attacked u.s. troops near the u.n. base"));
        assertEquals("the end. next", TriggerFinder.wordsOnly("the end. next"), "a sentence's full stop stays");
        assertEquals(List.of(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS), types("Soldiers killed two anti-government protesters in the square."),
                "a hyphenated word is one word of the gap");
    }

    @Test
    void a_victim_hit_by_bullets_was_attacked() {
        // MUC-4 style wire copy, all capitals: a political leader shot on his way home
        assertEquals(List.of(SubEventType.ATTACK), types("THE LEADER DIED INSTANTLY LAST NIGHT WHEN HE WAS HIT BY 12 BULLETS FIRED FROM 2 DIFFERENT WEAPONS."));
        assertEquals(List.of(SubEventType.ATTACK), types("The body bore 18 bullet wounds, police said."));
        assertEquals(List.of(), types("The wall was hit by a ball during the match."), "no bullets, no attack");
    }

    @Test
    void a_group_named_as_disbanded_is_no_act_of_disbanding() {
        // MUC-4 (1990): "the disbanded M-19 guerrilla group" names a group, no act of disbanding
        assertFalse(types("Carlos Pizarro, candidate for the disbanded M-19 guerrilla group, died in hospital.").contains(SubEventType.CHANGE_TO_GROUP_ACTIVITY));
        assertTrue(types("The militia disbanded its units on Monday.").contains(SubEventType.CHANGE_TO_GROUP_ACTIVITY));
        assertFalse(types("The unit was once part of the civil defense, which has since been disbanded.").contains(SubEventType.CHANGE_TO_GROUP_ACTIVITY));
    }
    @Test
    void missiles_that_exploded_are_shelling_and_a_protest_lodged_with_authorities_is_no_demonstration() {
        // ECB+ (reports of the strike on a UN school in Jabaliya, Gaza, January 2009)
        assertTrue(types("More than 40 Palestinians were killed after missiles exploded outside a UN school.").contains(SubEventType.SHELLING_ARTILLERY_MISSILE));
        assertFalse(types("The UN said it was strongly protesting these killings to the Israeli authorities.").contains(SubEventType.PEACEFUL_PROTEST));
        assertFalse(types("The agency is protesting the killings to the authorities.").contains(SubEventType.PEACEFUL_PROTEST));
        assertTrue(types("Thousands were protesting in the streets of the capital.").contains(SubEventType.PEACEFUL_PROTEST));
        assertFalse(types("Four ambulances were destroyed when bombs hit the headquarters.").contains(SubEventType.DISRUPTED_WEAPONS_USE),
                "ambulances destroyed when bombs hit: no bombs destroyed");
        assertTrue(types("Troops destroyed two bombs found near the road.").contains(SubEventType.DISRUPTED_WEAPONS_USE));
    }

    @Test
    void a_liberation_in_a_movements_name_or_cause_is_no_territory_retaken() {
        // MUC-4: "the Latin American cause of national liberation", "the Patriotic Front of Liberation"
        assertEquals(List.of(), types("They gave their solidarity to the Latin American cause of national liberation."));
        assertEquals(List.of(), types("Police confirmed the existence of a new group, the Patriotic Front of Liberation."));
        assertEquals(List.of(SubEventType.GOVERNMENT_REGAINS_TERRITORY), types("Troops liberated the town from the rebels on Sunday."));
    }

    @Test
    void a_day_of_march_is_no_march() {
        assertEquals(List.of(), types("The minister arrived on 5 March in the capital for talks."));
        assertEquals(List.of(), types("ON 5 MARCH IN SAN SALVADOR THE TALKS BEGAN."));
        assertEquals(List.of(SubEventType.PEACEFUL_PROTEST), types("Five thousand students march in the capital today."));
    }
}
