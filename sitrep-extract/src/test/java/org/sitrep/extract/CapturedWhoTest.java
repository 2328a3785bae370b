package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.Toponym;

/** Captures of places and of people; MUC-4 and wire-style sentences. */
class CapturedWhoTest {
    private static SubEventType sense(String sentence, String... places) {
        int at = sentence.toLowerCase().indexOf("captured");
        Trigger t = new Trigger(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, new Span(at, at + 8), sentence.substring(at, at + 8), 50);
        List<Toponym> toponyms = java.util.Arrays.stream(places).map(p -> {
            int i = sentence.indexOf(p);
            return new Toponym(new Span(i, i + p.length()), p, 0, null, "test", Toponym.PLACE);
        }).toList();
        return CapturedWho.retype(t, sentence, 0, toponyms).subType();
    }

    @Test
    void a_place_captured_is_territory() {
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, sense("Rebels captured the strategic town of Kidal on Monday.", "Kidal"));
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, sense("Rebels captured Kidal on Monday.", "Kidal"));
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, sense("Kidal was captured by the rebels on Monday.", "Kidal"));
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, sense("The army base had been captured in the night."));
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, sense("Militants captured most of the city."));
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, sense("Fighters captured on Thursday a key neighborhood in the east."));
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, sense("Rebels captured the strategic crossroads after a day of fighting."));
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, sense("The militants captured swathes of the north."));
    }

    @Test
    void a_person_captured_is_an_arrest() {
        assertEquals(SubEventType.ARRESTS, sense("CASOLO WAS CAPTURED AFTER THE TERRORIST GAVE HER NAME TO THE POLICE."));
        assertEquals(SubEventType.ARRESTS, sense("THE ARMY STATES THAT IT ALSO CAPTURED A REBEL IDENTIFIED AS ABEL DUBON."));
        assertEquals(SubEventType.ARRESTS, sense("A COLOMBIAN CITIZEN WAS CAPTURED BY THE U.S. SECRET SERVICE IN SAN JOSE.", "SAN JOSE"),
                "the place where, not what was captured");
        assertEquals(SubEventType.ARRESTS, sense("Minro was captured and turned over to a court."));
    }

    @Test
    void the_names_of_other_sentences_are_not_read() {
        // the report's toponyms come from every sentence: one before this sentence, one after it
        String sentence = "Casolo was captured.";
        Trigger t = new Trigger(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, new Span(1010, 1018), "captured", 50);
        List<Toponym> elsewhere = List.of(new Toponym(new Span(20, 25), "Kidal", 0, null, "test", Toponym.PLACE),
                new Toponym(new Span(1025, 1030), "Gao", 2, null, "test", Toponym.PLACE));
        assertEquals(SubEventType.ARRESTS, CapturedWho.retype(t, sentence, 1000, elsewhere).subType());
    }
}
