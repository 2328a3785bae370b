package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Span;

/** Coordinated subjects; sentences written in wire style for these tests. */
class ActorCoordinationTest {
    private final ActorExtractor extractor = new ActorExtractor(new ActorDictionary());

    private ActorExtractor.Actors actors(String s, String trigger, String iso, String country) {
        int at = s.indexOf(trigger);
        return extractor.extract(s, 0, new Span(at, at + trigger.length()), iso, country);
    }

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
}
