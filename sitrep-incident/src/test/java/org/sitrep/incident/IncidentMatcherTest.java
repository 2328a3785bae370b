package org.sitrep.incident;

import static org.junit.jupiter.api.Assertions.*;
import static org.sitrep.incident.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

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

    /** A country as the gazetteer gives it: no GeoNames id, its centroid, ACLED geo_precision 3. */
    private static Place country(String name, String iso2, double lat, double lon) {
        return new Place(name, 0, iso2, null, null, lat, lon, 3, "A", name, null, 1.0, List.of());
    }

    @Test
    void two_events_placed_only_in_the_same_country_do_not_merge_without_named_actors() {
        Place xland = country("Xland", "XA", 39.0, 22.0);
        Event a = event("a1", "ra", SubEventType.VIOLENT_DEMONSTRATION, null, null, xland, day("2017-11-08"), null, null);
        Event b = event("b1", "rb", SubEventType.VIOLENT_DEMONSTRATION, null, null, xland, day("2017-11-08"), null, null);
        assertEquals(0.0, IncidentMatcher.distanceKm(xland, xland), "same centroid: distance proves nothing here");
        assertTrue(matcher.match(a, b).isEmpty());
    }

    @Test
    void country_level_places_merge_when_both_sides_name_the_same_actors() {
        Place xland = country("Xland", "XA", 39.0, 22.0);
        Event a = event("a1", "ra", SubEventType.ARMED_CLASH, actor("Islamic State"), actor("Militia A"), xland, day("2017-11-08"), null, null);
        Event b = event("b1", "rb", SubEventType.ARMED_CLASH, actor("Militia A"), actor("Islamic State"), xland, day("2017-11-08"), null, null);
        Event c = event("c1", "rc", SubEventType.ARMED_CLASH, actor("Islamic State"), actor("Militia A"), country("Yland", "YA", 39.1, 22.1), day("2017-11-08"), null, null);
        assertTrue(matcher.match(a, b).orElseThrow().place().contains("province/country precision"));
        assertTrue(matcher.match(a, c).isEmpty(), "another country is another area, however close its centroid");
    }

    @Test
    void a_country_level_place_is_not_matched_to_a_town_by_distance() {
        Place xland = country("Xland", "XA", 34.0, 40.0); // centroid right on Northtown
        Event a = strike("a1", "ra", NORTHTOWN, day("2017-11-08"), null);
        Event b = event("b1", "rb", SubEventType.AIR_DRONE_STRIKE, null, null, xland, day("2017-11-08"), null, null);
        assertTrue(matcher.match(a, b).isEmpty());
    }

    @Test
    void a_month_long_date_range_needs_the_same_named_actors() {
        TimeSpan november = new TimeSpan(LocalDate.parse("2017-11-01"), LocalDate.parse("2017-11-30"), 3, "in November", null, false, null);
        Event day = event("a1", "ra", SubEventType.ARMED_CLASH, actor("Islamic State"), null, NORTHTOWN, day("2017-11-08"), null, null);
        Event monthUnknownActors = event("b1", "rb", SubEventType.ARMED_CLASH, null, null, NORTHTOWN, november, null, null);
        Event monthSameActors = event("c1", "rc", SubEventType.ARMED_CLASH, actor("Islamic State"), null, NORTHTOWN, november, null, null);
        assertTrue(matcher.match(day, monthUnknownActors).isEmpty(), "overlapping a month says nothing about the day");
        assertTrue(matcher.match(day, monthSameActors).isPresent());
        Event weekUnknownActors = event("d1", "rd", SubEventType.ARMED_CLASH, null, null, NORTHTOWN, range("2017-11-06", "2017-11-12"), null, null);
        assertTrue(matcher.match(day, weekUnknownActors).isPresent(), "a week still dates the event (ACLED time_precision 2)");
    }

    @Test
    void fifty_km_apart_on_the_same_day_stays_apart_even_with_the_same_actors_and_admin_area() {
        Event a = event("a1", "ra", SubEventType.ARMED_CLASH, actor("Islamic State"), actor("Militia A"), NORTHTOWN, day("2017-11-08"), null, null);
        Event b = event("b1", "rb", SubEventType.ARMED_CLASH, actor("Islamic State"), actor("Militia A"), FIFTY_KM_AWAY, day("2017-11-08"), null, null);
        assertEquals(NORTHTOWN.admin1(), FIFTY_KM_AWAY.admin1());
        assertTrue(matcher.match(a, b).isEmpty());
    }

    @Test
    void a_peaceful_protest_and_a_riot_at_the_same_place_and_day_are_one_demonstration() {
        Event protest = event("a1", "ra", SubEventType.PEACEFUL_PROTEST, actor("Protesters (Xland)"), null, NORTHTOWN, day("2017-11-08"), null, null);
        Event riot = event("b1", "rb", SubEventType.VIOLENT_DEMONSTRATION, null, null, NORTHTOWN_EDGE, day("2017-11-08"), null, null);
        assertTrue(matcher.match(protest, riot).orElseThrow().type().startsWith("demonstration family"));
        // one report calls the crowd protesters, another rioters: ACLED names the crowd by the event's type
        Event named = event("b2", "rc", SubEventType.VIOLENT_DEMONSTRATION, actor("Rioters (Xland)"), null, NORTHTOWN_EDGE, day("2017-11-08"), null, null);
        assertTrue(matcher.match(protest, named).isPresent(), "protesters and rioters of one demonstration are one crowd");
        Event students = event("b3", "rd", SubEventType.VIOLENT_DEMONSTRATION, actor("Rioters (Xland)"), actor("Students (Xland)"), NORTHTOWN_EDGE,
                day("2017-11-08"), null, null);
        assertTrue(matcher.match(protest, students).isPresent(), "a crowd against students still holds the protesters");
        Event police = event("b4", "re", SubEventType.VIOLENT_DEMONSTRATION, actor("Police Forces of Xland"), null, NORTHTOWN_EDGE, day("2017-11-08"), null, null);
        assertTrue(matcher.match(named, police).isEmpty(), "but the police are no crowd");
    }

    @Test
    void in_one_story_an_unknown_date_or_a_country_level_place_no_longer_blocks_a_merge() {
        Place xland = country("Xland", "XA", 39.0, 22.0);
        Event a = strike("a1", "ra", NORTHTOWN, TimeSpan.unknown("no date"), null);
        Event b = strike("b1", "rb", xland, day("2017-11-08"), null);
        assertTrue(matcher.match(a, b).isEmpty(), "alone, nothing locates or dates the pair");
        MergeReason r = matcher.match(a, b, true).orElseThrow();
        assertTrue(r.place().startsWith("same story"), r.place());
    }

    @Test
    void in_one_story_what_both_reports_do_say_still_decides() {
        assertTrue(matcher.match(strike("a1", "ra", NORTHTOWN, day("2017-11-08"), null), strike("b1", "rb", FIFTY_KM_AWAY, day("2017-11-08"), null), true).isEmpty(),
                "precise places 50 km apart");
        assertTrue(matcher.match(strike("a1", "ra", NORTHTOWN, day("2017-11-01"), null), strike("b1", "rb", NORTHTOWN, day("2017-11-08"), null), true).isEmpty(),
                "a week apart");
        assertTrue(matcher.match(strike("a1", "ra", country("Xland", "XA", 39.0, 22.0), TimeSpan.unknown("no date"), null),
                strike("b1", "rb", country("Yland", "YA", 39.1, 22.1), TimeSpan.unknown("no date"), null), true).isEmpty(), "other countries");
        Event protest = event("p1", "rp", SubEventType.PEACEFUL_PROTEST, actor("Protesters (Xland)"), null, NORTHTOWN, TimeSpan.unknown("no date"), null, null);
        assertTrue(matcher.match(strike("a1", "ra", NORTHTOWN, TimeSpan.unknown("no date"), null), protest, true).isEmpty(), "a strike is no protest");
    }

    @Test
    void in_one_story_the_three_kinds_of_political_violence_are_one_family_but_not_alone() {
        // One report says the jets "attacked" the camp (an armed clash), another that they "bombed" it.
        Event clash = event("c1", "rc", SubEventType.ARMED_CLASH, actor("Air Force of Xland"), null, NORTHTOWN, TimeSpan.unknown("no date"), null, null);
        Event strike = strike("a1", "ra", NORTHTOWN, TimeSpan.unknown("no date"), null);
        assertTrue(matcher.match(strike, clash).isEmpty(), "alone, other types stay apart");
        MergeReason r = matcher.match(strike, clash, true).orElseThrow();
        assertTrue(r.type().startsWith("political violence family"), r.type());
    }

    @Test
    void in_one_story_reports_naming_different_sides_of_one_clash_merge_but_two_different_attackers_do_not() {
        Event rioters = event("r1", "ra", SubEventType.VIOLENT_DEMONSTRATION, actor("Rioters (Xland)"), null, NORTHTOWN, TimeSpan.unknown("no date"), null, null);
        Event police = event("r2", "rb", SubEventType.VIOLENT_DEMONSTRATION, null, actor("Police Forces of Xland"), NORTHTOWN, TimeSpan.unknown("no date"), null, null);
        assertTrue(matcher.match(rioters, police).isEmpty(), "alone, disjoint actors conflict");
        assertTrue(matcher.match(rioters, police, true).isPresent(), "in one story they are two sides of one riot");
        Event other = event("r3", "rc", SubEventType.VIOLENT_DEMONSTRATION, actor("Students (Xland)"), null, NORTHTOWN, TimeSpan.unknown("no date"), null, null);
        assertTrue(matcher.match(rioters, other, true).isEmpty(), "two different first actors, neither named by the other");
    }
}
