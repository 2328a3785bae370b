package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class ActorDictionaryTest {
    private final ActorDictionary dictionary = new ActorDictionary();
    private final ActorExtractor extractor = new ActorExtractor(dictionary);

    private List<String> names(String s) {
        return dictionary.find(s).stream().map(ActorDictionary.Match::displayName).toList();
    }

    @Test
    void aliases_across_spellings_are_one_actor() {
        assertEquals(List.of("Islamic State"), names("daesh fighters withdrew"));
        assertEquals(List.of("Islamic State"), names("ISIL claimed the attack"));
        assertEquals(List.of("Al Shabaab"), names("killed 50 al-Shabab militants"));
        assertEquals(List.of("Hezbollah"), names("Hizbullah said"));
    }

    @Test
    void demonym_and_force_name_a_state_military() {
        assertEquals("Military Forces of Pakistan", names("a pakistani military operation rescued 190 passengers").get(0));
        assertEquals("Military Forces of Central African Republic", names("fighting between rebels and c.a.r. forces").get(1), "a dotted abbreviation");
        // The Guardian, January 2009 (ECB+): "mortar shells had been fired at Israeli units"; "the Israeli Defence Forces"
        assertEquals(List.of("Military Forces of Israel"), names("mortar shells had been fired at israeli units from the school"));
        assertEquals(List.of("Military Forces of Israel"), names("the israeli defence forces maintained that mortars had been fired"));
        assertEquals(List.of(), names("a car bomb exploded"), "the word car is no country");
    }

    @Test
    void a_state_named_on_a_strike_from_the_air_or_by_artillery_is_its_military() {
        // after a Guardian report (November 2016): the Taliban named the attack revenge for the US strikes
        String s = "The Taliban called it a revenge attack for US airstrikes in the province of Kunduz that left 32 civilians dead.";
        assertEquals(List.of("Taliban", "Military Forces of United States", "Civilians"), names(s));
        int t = s.indexOf("airstrikes");
        assertEquals("Military Forces of United States", extractor.extract(s, 0, new Span(t, t + 10), "AF", "Afghanistan").actor1().name());
        assertEquals("Military Forces of Israel", names("Israeli shelling killed five people").get(0));
        assertEquals(List.of(), names("the Israeli election"), "a state named on anything else is no actor");
    }

    @Test
    void fighting_between_two_named_sides_has_them_as_its_actors_not_the_displaced() {
        // VOA (2024): civilians displaced by a battle are not its target
        String s = "After up to 10,000 civilians were displaced this week by fighting between rebels and C.A.R. forces.";
        int at = s.indexOf("fighting");
        var actors = extractor.extract(s, 0, new Span(at, at + 8), "CF", "Central African Republic");
        assertEquals("Military Forces of Central African Republic", actors.actor2().name());
    }

    @Test
    void hedged_nationality_is_kept_as_hedged() {
        String s = "jets believed to be russian bombed the town";
        int at = s.indexOf("bombed");
        var actors = extractor.extract(s, 0, new Span(at, at + 6), "SY", "Syria");
        assertEquals("Military Forces of Russia", actors.actor1().name());
        assertTrue(actors.actor1().hedged());
    }

    @Test
    void forces_named_by_where_they_come_from_are_that_country_s() {
        // ECB+ (a report of Sudan's bombing of a refugee camp in South Sudan, November 2011)
        String s = "Military aircraft from Sudan crossed the new international border with South Sudan and dropped bombs Thursday.";
        int at = s.indexOf("dropped");
        assertEquals("Military Forces of Sudan", extractor.extract(s, 0, new Span(at, at + 7), "SS", "South Sudan").actor1().name());
        assertTrue(names("France withdrew its last troops from Mali.").stream().noneMatch(n -> n.contains("Mali")), "troops withdrawn from Mali are France's");
    }

    @Test
    void passive_by_names_the_attacker() {
        String s = "Soldiers were ambushed by Boko Haram fighters near the lake.";
        int at = s.indexOf("ambushed");
        var actors = extractor.extract(s, 0, new Span(at, at + 8), "NG", "Nigeria");
        assertEquals("Boko Haram", actors.actor1().name());
        assertEquals("Military Forces of Nigeria", actors.actor2().name());
    }

    @Test
    void a_state_named_as_the_agent_of_a_passive_act_is_its_forces() {
        String s = "The UN denied claims that there were Palestinian militants in the Gaza school bombed by Israel on Tuesday.";
        int at = s.indexOf("bombed");
        assertEquals("Military Forces of Israel", extractor.extract(s, 0, new Span(at, at + 6), "PS", "Palestine").actor1().name());
        assertEquals(List.of(), names("talks hosted by israel on tuesday"), "only after an armed act");
        assertEquals(List.of(), names("a camp hit by israel's allies"), "a possessive names someone else");
    }
}
