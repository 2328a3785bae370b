package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

class OtherClassesTest {
    private final OtherClasses classes = new OtherClasses();

    @Test
    void hazards_and_industrial_or_transport_accidents_are_disasters_and_an_attack_is_neither() {
        assertEquals(Optional.of("NATURAL_DISASTER"), classes.of("Floods swept through three districts after days of heavy rain, killing 12."));
        assertEquals(Optional.of("NATURAL_DISASTER"), classes.of("A 6.1 magnitude earthquake struck the coast on Sunday."));
        assertEquals(Optional.of("MAN_MADE_DISASTER"), classes.of("Nine workers died when a boiler at the textile factory exploded."));
        assertEquals(Optional.of("MAN_MADE_DISASTER"), classes.of("The ferry capsized in the river late on Friday with 80 passengers aboard."));
        assertEquals(Optional.of("ATTRIB"), classes.of("The group claimed responsibility for the hostage-taking at the hotel."));
        assertEquals(Optional.of("DIPLO"), classes.of("The country expelled two embassy diplomats in a retaliatory move."));
        assertEquals(Optional.of("ORG_CRIME"), classes.of("Police broke up a migrant smuggling network operating from the port."));
        assertEquals(Optional.empty(), classes.of("Gunmen attacked a police post on Friday, killing two officers."));
    }

    /** An event whose sentence is the whole text and whose trigger is the given words. */
    private static Event event(String sentence, String trigger) {
        int at = sentence.indexOf(trigger);
        return new Event("r-e1", "r", EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, null, null, null, null, null,
                null, null, new Sentence(0, new Span(0, sentence.length()), sentence), trigger, 0.7,
                List.of(new Evidence("event_type", new Span(at, at + trigger.length()), trigger)), null);
    }

    @Test
    void an_act_named_only_inside_a_claim_or_a_denial_of_responsibility_is_attribution() {
        assertTrue(OtherClasses.attributed(event("The group claimed responsibility for a car bomb in the city on Friday that killed eight.", "car bomb")));
        assertTrue(OtherClasses.attributed(event("The spokesman denied his group was responsible for the attack on the market.", "attack on the market")));
        assertTrue(OtherClasses.attributed(event("Officials rejected accusations of bombing a mosque in the province.", "bombing")));
        assertTrue(OtherClasses.attributed(event("Two suicide bombers are suspected to be behind the twin blasts that rocked a church.", "blasts")));
        assertFalse(OtherClasses.attributed(event("A car bomb killed eight people in the city on Friday, and the group claimed responsibility.", "car bomb")),
                "an act told first and claimed after is the act's");
    }
}
