package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/** Which report events can stand for their report's real happening when reports are grouped for scoring. */
class ClusterPredictorTest {
    private static final Place TOWN = new Place("Albany", 5106834, "US", "New York", null, 42.65, -73.76, 1, "P", "Albany", new Span(0, 6), 1, null);
    private static final TimeSpan UNDATED = TimeSpan.unknown("no time expression in the sentence and no publication date");
    private static final TimeSpan MAY_29 = new TimeSpan(LocalDate.of(2008, 5, 29), LocalDate.of(2008, 5, 29), 1, "May 29", null, false, null);

    private static Event event(Place place, TimeSpan date) {
        return new Event("r-e1", "r", EventType.VIOLENCE_AGAINST_CIVILIANS, SubEventType.ATTACK, null, null, null, place, date, null, null,
                new Sentence(0, new Span(0, 10), "was shot"), "shot", 0.35, null, null);
    }

    @Test
    void an_act_with_neither_place_nor_date_cannot_stand_for_its_report() {
        assertFalse(ClusterPredictor.placedOrDated(event(null, UNDATED)), "\"after Kathina was shot\" in an undated trial report");
        assertFalse(ClusterPredictor.placedOrDated(event(null, null)));
    }

    @Test
    void a_place_or_a_date_is_enough() {
        assertTrue(ClusterPredictor.placedOrDated(event(TOWN, UNDATED)));
        assertTrue(ClusterPredictor.placedOrDated(event(null, MAY_29)));
    }
}
