package org.sitrep.incident;

import static org.junit.jupiter.api.Assertions.*;
import static org.sitrep.incident.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

class ControlTimelineTest {
    private final ControlTimeline timeline = new ControlTimeline();

    private static Event capture(String id, String who, org.sitrep.model.TimeSpan when) {
        return event(id, "r-" + id, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, actor(who), null, NORTHTOWN, when, null, null);
    }

    @Test
    void capture_then_retake_known_only_as_a_range_gives_a_disputed_period() {
        List<ControlPeriod> periods = timeline.timeline(List.of(
                capture("c2", "Militia A", day("2017-11-09")),
                capture("c1", "Militia A", day("2017-11-08")),
                capture("c3", "Islamic State", range("2017-11-10", "2017-11-13")),
                strike("s1", "r-s1", NORTHTOWN, day("2017-11-11"), null)));
        assertEquals(3, periods.size(), periods.toString());
        ControlPeriod held = periods.get(0);
        assertEquals("Militia A", held.holder());
        assertEquals(LocalDate.parse("2017-11-08"), held.from());
        assertEquals(LocalDate.parse("2017-11-09"), held.until());
        assertEquals(List.of("c1", "c2"), held.eventIds());
        ControlPeriod contested = periods.get(1);
        assertTrue(contested.disputed());
        assertEquals(List.of("Militia A", "Islamic State"), contested.claimants());
        assertEquals(LocalDate.parse("2017-11-12"), contested.until());
        ControlPeriod retaken = periods.get(2);
        assertEquals("Islamic State", retaken.holder());
        assertEquals(LocalDate.parse("2017-11-13"), retaken.from());
        assertNull(retaken.until());
        assertFalse(retaken.disputed());
    }

    @Test
    void two_actors_claiming_the_same_day_is_disputed_without_a_holder() {
        List<ControlPeriod> periods = timeline.timeline(List.of(
                capture("a", "Militia A", day("2017-11-08")),
                capture("b", "Islamic State", day("2017-11-08"))));
        assertEquals(1, periods.size());
        assertNull(periods.get(0).holder());
        assertTrue(periods.get(0).disputed());
    }
}
