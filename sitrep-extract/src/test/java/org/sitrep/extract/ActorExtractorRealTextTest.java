package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Span;

/** Actors picked from real sentences of Voice of America stories (US government work, public domain), and coordinated subjects. */
class ActorExtractorRealTextTest {
    private final ActorExtractor extractor = new ActorExtractor(new ActorDictionary());

    private ActorExtractor.Actors actors(String s, String trigger, String iso, String country) {
        int at = s.indexOf(trigger);
        return extractor.extract(s, 0, new Span(at, at + trigger.length()), iso, country);
    }

    @Test
    void the_agent_after_a_trigger_ending_in_by_attacked_and_a_group_said_to_be_absent_takes_no_part() {
        // written after an AP report of the UN school in Gaza, January 2009
        ActorExtractor.Actors a = actors("No militants were inside a United Nations-run school attacked by Israeli forces in Gaza, the UN said.",
                "school attacked by", "PS", "Palestine");
        assertEquals("Military Forces of Israel", a.actor1().name());
        assertNull(a.actor2(), "the militants were not there");
        assertEquals("Military Forces of Israel", actors("A school was attacked by the Israeli army in Gaza.", "school was attacked by", "PS", "Palestine")
                .actor1().name(), "with an article between");
        // MUC-4 (DPA, Medellin, 26 October 1989): the trigger phrase took in the agent
        ActorExtractor.Actors g = actors("Two policemen guarding the consulate in Medellin were killed today by unidentified gunmen.",
                "killed today by unidentified gunmen", "CO", "Colombia");
        assertEquals("Unidentified Armed Group (Colombia)", g.actor1().name());
        assertEquals("Police Forces of Colombia", g.actor2().name());
        assertEquals("Unidentified Armed Group (El Salvador)", actors("The cable said that the six priests had been murdered by unidentified terrorists.",
                "murdered by unidentified terrorists", "SV", "El Salvador").actor1().name(), "a modifier between 'by' and the agent");
    }

    @Test
    void an_alias_names_the_group_that_claimed_the_attack() {
        // voa-8008152
        ActorExtractor.Actors a = actors("Al-Shabab, a U.S.-designated terrorist group, claimed responsibility for the hotel attack on Tuesday.",
                "attack", "SO", "Somalia");
        assertEquals("Al Shabaab", a.actor1().name());
        assertEquals(2, a.actor1().inter());
    }

    @Test
    void the_armys_spokesperson_speaks_for_the_army_and_does_not_make_it_the_attacker() {
        // Voice of America, 2025-03-13
        ActorExtractor.Actors a = actors("\"We categorically reject baseless allegations by Pakistani army spokesperson linking attack on a passenger train"
                + " in Balochistan province with Afghanistan,\" the spokesman said.", "attack", "PK", "Pakistan");
        assertTrue(a.actor1() == null || !a.actor1().name().contains("Military Forces"), String.valueOf(a.actor1()));
    }

    @Test
    void a_speaker_who_said_it_killed_is_the_agent() {
        // voa-8011076
        ActorExtractor.Actors a = actors("In the clearance operation, the Pakistan military said it killed 33 BLA terrorists.", "killed 33 BLA terrorists",
                "PK", "Pakistan");
        assertEquals("Military Forces of Pakistan", a.actor1().name());
        assertEquals("Baloch Liberation Army", a.actor2().name());
        assertEquals("Unidentified Armed Group (Pakistan)", actors("The Pakistan military said militants killed 12 villagers.", "killed 12 villagers",
                "PK", "Pakistan").actor1().name(), "another subject after the speaker's verb is the agent, not the speaker");
    }

    @Test
    void unnamed_rebels_are_an_unidentified_armed_group_of_the_event_country() {
        // voa-7686618
        ActorExtractor.Actors a = actors("This week, military sources said 3R rebels attacked nearly 10 villages between the towns of Bocaranga"
                + " and Bazoum in northeastern C.A.R., near the Cameroon border.", "attacked", "CF", "Central African Republic");
        assertEquals("Unidentified Armed Group (Central African Republic)", a.actor1().name());
    }

    @Test
    void generic_police_take_the_event_country() {
        // voa-6202623
        ActorExtractor.Actors a = actors("Arnel Joseph, the notorious leader of the Village de Dieu gang, was killed in a gun battle with police Friday.",
                "gun battle", "HT", "Haiti");
        String police = a.actor2() == null ? a.actor1().name() : a.actor2().name();
        assertEquals("Police Forces of Haiti", police, "the police, the other side of the gun battle, with the event's country");
    }

    // Coordinated subjects, in sentences written in wire style for these tests.

    @Test
    void the_first_of_a_coordinated_subject_leads_and_the_others_are_associated() {
        ActorExtractor.Actors a = actors("Syrian army and allied fighters captured a key neighborhood on Thursday.", "captured", "SY", "Syria");
        assertEquals("Military Forces of Syria", a.actor1().name());
        assertEquals(List.of("Unidentified Armed Group (Syria)"), a.associated().stream().map(Actor::name).toList());
    }

    @Test
    void a_single_subject_has_no_associated_actors() {
        ActorExtractor.Actors a = actors("Rebels captured the town on Thursday.", "captured", "SY", "Syria");
        assertEquals("Unidentified Armed Group (Syria)", a.actor1().name());
        assertEquals(List.of(), a.associated());
    }

    @Test
    void the_object_of_killed_told_before_the_acts_noun_is_its_target() {
        // VOA, 2025: "... and later killed at least 50 al-Shabab militants in airstrikes."
        ActorExtractor.Actors a = actors("The army later killed at least 50 al-Shabab militants in airstrikes.", "airstrikes", "SO", "Somalia");
        org.junit.jupiter.api.Assertions.assertEquals("Al Shabaab", a.actor2().name());
        org.junit.jupiter.api.Assertions.assertNotEquals("Al Shabaab", a.actor1() == null ? null : a.actor1().name());
    }

    @Test
    void fighting_between_two_sides_names_both_in_order() {
        // VOA, 2024: "civilians were displaced this week by fighting between rebels and C.A.R. forces"
        ActorExtractor.Actors a = actors("Up to 10,000 civilians were displaced by fighting between rebels and government forces.", "fighting", "CF",
                "Central African Republic");
        org.junit.jupiter.api.Assertions.assertEquals("Unidentified Armed Group (Central African Republic)", a.actor1().name());
        org.junit.jupiter.api.Assertions.assertEquals("Military Forces of Central African Republic", a.actor2().name());
    }

    @Test
    void the_group_a_killing_names_is_its_target_and_the_rescued_are_not_its_agent() {
        // VOA, 2025: "a Pakistani military operation rescued 190 passengers and killed 30 terrorists"
        ActorExtractor.Actors a = actors("Security sources said an operation rescued 190 passengers and killed 30 terrorists.", "killed 30 terrorists", "PK", "Pakistan");
        org.junit.jupiter.api.Assertions.assertNull(a.actor1(), "the passengers were rescued");
        org.junit.jupiter.api.Assertions.assertEquals("Unidentified Armed Group (Pakistan)", a.actor2().name());
        ActorExtractor.Actors army = actors("Security sources said the army rescued 190 passengers and killed 30 terrorists.", "killed 30 terrorists", "PK", "Pakistan");
        org.junit.jupiter.api.Assertions.assertEquals("Military Forces of Pakistan", army.actor1().name(), "the armed side named before the rescued");
    }

    @Test
    void an_actor_in_a_clause_after_while_is_no_target_of_the_act() {
        // VOA, 2025: "Days later, a roadside bomb blast killed 11 coal miners in the city, while the BLA took credit for ..."
        ActorExtractor.Actors a = actors("Days later, a roadside bomb blast killed 11 coal miners in the city, while the Baloch Liberation Army took credit.",
                "roadside bomb", "PK", "Pakistan");
        org.junit.jupiter.api.Assertions.assertEquals("Civilians (Pakistan)", a.actor2().name(), "the miners the blast killed, not the group after \"while\"");
    }

    @Test
    void the_subject_of_the_next_step_after_then_is_no_target() {
        // voa-8006503: a witness tells the hotel siege in Beledweyne
        ActorExtractor.Actors a = actors("“They attacked the hotel at dawn this morning, with an explosion and then gunmen stormed it.",
                "attacked the hotel", "SO", "Somalia");
        assertNull(a.actor2(), "the gunmen stormed the hotel; they are not whom the attack struck");
        assertEquals("Civilians (Somalia)", actors("Gunmen attacked villagers near the market and then fled.", "attacked", "SO", "Somalia").actor2().name());
    }

    @Test
    void the_agent_of_a_participle_in_the_subjects_description_is_no_party_to_the_arrest() {
        // ECB+-style wording of a New York report, March 2013 (written for this test)
        String s = "On Wednesday tensions eased until the sister of the teen killed by police, was arrested while crossing the street.";
        ActorExtractor.Actors a = actors(s, "arrested", "US", "United States");
        assertTrue(a.actor2() == null || !a.actor2().name().contains("Police"), String.valueOf(a.actor2()));
        assertTrue(a.actor1() == null || !a.actor1().name().contains("Police"), "police is the killing's agent, not the arrest's: " + a.actor1());
        // the agent of the act itself is still read after "by"
        assertEquals("Police Forces of United States", actors("The teen's sister was arrested by police on Wednesday.", "arrested", "US", "United States")
                .actor1().name());
    }

    @Test
    void military_sources_speak_and_take_no_part() {
        // MUC-4 (DPA, San Salvador, 9 January 1990)
        String s = "THE SALVADORAN ARMY TODAY PREVENTED THE OCCUPATION OF CITIES, WAGING STRONG CLASHES BETWEEN MIDNIGHT AND DAWN, ACCORDING TO REPORTS BY MILITARY SOURCES.";
        ActorExtractor.Actors a = actors(s, "CLASHES", "SV", "El Salvador");
        assertNull(a.actor2(), "the military sources are who reports the clashes");
    }

    @Test
    void a_groups_named_officer_who_speaks_is_a_source() {
        // AFP, November 2016 (Mazar-i-Sharif)
        String s = "\"The suicide attacker rammed his car into the wall of the German consulate,\" local police chief Sayed Kamal Sadat told AFP.";
        ActorExtractor.Actors a = actors(s, "suicide attacker", "AF", "Afghanistan");
        assertNull(a.actor2(), "the police chief tells of the attack");
    }
}
