package org.sitrep.incident;

import static org.junit.jupiter.api.Assertions.*;
import static org.sitrep.incident.Fixtures.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

class IncidentMatcherTest {
    private final IncidentMatcher matcher = new IncidentMatcher(MatchOptions.defaults());

    @Test
    void same_strike_from_two_reports_matches_and_says_why() {
        Event a = strike("a1", "ra", NORTHTOWN, day("2017-11-08"), killed(12));
        Event b = strike("b1", "rb", NORTHTOWN_EDGE, range("2017-11-08", "2017-11-09"), killed(15));
        MergeReason reason = matcher.match(a, b).orElseThrow();
        assertEquals("b1", reason.withEventId());
        assertEquals(0, reason.dayGap());
        assertTrue(reason.distanceKm() > 4 && reason.distanceKm() < 6, "distance " + reason.distanceKm());
        assertTrue(reason.place().contains("same admin1 Eastern"), reason.place());
        assertTrue(reason.actors().startsWith("same named actors"), reason.actors());
        assertTrue(reason.describe().contains("Explosions/Remote violence"), reason.describe());
    }

    @Test
    void events_fifty_km_apart_are_not_merged() {
        Event a = strike("a1", "ra", NORTHTOWN, day("2017-11-08"), killed(12));
        Event b = strike("b1", "rb", FIFTY_KM_AWAY, day("2017-11-08"), killed(12));
        assertTrue(IncidentMatcher.distanceKm(NORTHTOWN, FIFTY_KM_AWAY) > 45);
        assertEquals(Optional.empty(), matcher.match(a, b));
    }

    @Test
    void distance_alone_never_merges_across_an_admin_border() {
        Event a = strike("a1", "ra", NORTHTOWN, day("2017-11-08"), killed(3));
        Event b = strike("b1", "rb", ACROSS_BORDER, day("2017-11-08"), killed(3));
        assertTrue(IncidentMatcher.distanceKm(NORTHTOWN, ACROSS_BORDER) < 5);
        assertTrue(matcher.match(a, b).isEmpty());
    }

    @Test
    void dates_touching_within_a_day_merge_but_two_days_apart_do_not() {
        Event a = strike("a1", "ra", NORTHTOWN, day("2017-11-08"), null);
        assertEquals(1, matcher.match(a, strike("b1", "rb", NORTHTOWN, day("2017-11-09"), null)).orElseThrow().dayGap());
        assertTrue(matcher.match(a, strike("c1", "rc", NORTHTOWN, day("2017-11-10"), null)).isEmpty());
    }

    @Test
    void unknown_date_or_place_never_merges() {
        Event a = strike("a1", "ra", NORTHTOWN, day("2017-11-08"), null);
        assertTrue(matcher.match(a, strike("b1", "rb", NORTHTOWN, org.sitrep.model.TimeSpan.unknown("no date"), null)).isEmpty());
        assertTrue(matcher.match(a, strike("c1", "rc", null, day("2017-11-08"), null)).isEmpty());
    }

    @Test
    void different_event_types_do_not_merge() {
        Event strike = strike("a1", "ra", NORTHTOWN, day("2017-11-08"), null);
        Event clash = event("b1", "rb", SubEventType.ARMED_CLASH, actor("Air Force of Xland"), actor("Civilians (Xland)"), NORTHTOWN, day("2017-11-08"), null, null);
        assertTrue(matcher.match(strike, clash).isEmpty());
    }

    @Test
    void conflicting_named_actors_do_not_merge_but_a_hedged_one_is_unknown() {
        Event a = event("a1", "ra", SubEventType.ARMED_CLASH, actor("Islamic State"), actor("Militia A"), NORTHTOWN, day("2017-11-08"), null, null);
        Event b = event("b1", "rb", SubEventType.ARMED_CLASH, actor("Islamic State"), actor("Militia B"), NORTHTOWN, day("2017-11-08"), null, null);
        Event c = event("c1", "rc", SubEventType.ARMED_CLASH, actor("Militia A"), actor("Islamic State"), NORTHTOWN, day("2017-11-08"), null, null);
        Event d = event("d1", "rd", SubEventType.ARMED_CLASH, hedged("Militia C"), null, NORTHTOWN, day("2017-11-08"), null, null);
        assertTrue(matcher.match(a, b).isEmpty());
        assertTrue(matcher.match(a, c).isPresent(), "sides named in the other order are the same clash");
        assertEquals("actors unknown on one side", matcher.match(a, d).orElseThrow().actors());
    }
}
