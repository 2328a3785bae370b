package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.incident.Incident;
import org.sitrep.incident.Revision;
import org.sitrep.incident.StoryFeatures;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.TimeSpan;

/** Story linking through a real store; each subclass runs it against a real database. */
abstract class StoryStoreContractTest {
    private EventStore store;

    protected abstract EventStore openFresh();

    protected abstract EventStore reopen();

    protected void dropAll() {}

    @BeforeEach
    void open() {
        store = openFresh();
    }

    @AfterEach
    void close() {
        store.close();
        dropAll();
    }

    private static StoryFeatures features(String date, String headline, Object... termAndCount) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < termAndCount.length; i += 2) m.put((String) termAndCount[i], (Integer) termAndCount[i + 1]);
        return new StoryFeatures(date == null ? null : LocalDate.parse(date), headline, m);
    }

    private static final StoryFeatures SUMATRA_1 = features("2009-09-30", "Quake hits Sumatra", "l:sumatra", 3, "l:padang", 2, "l:indonesia", 2,
            "n:usgs", 1, "k:earthquake", 2, "k:strike", 1, "k:collapse", 1, "#:7.6", 1, "#:75", 1);
    private static final StoryFeatures SUMATRA_2 = features("2009-10-01", "Rescuers dig in Padang", "l:padang", 3, "l:sumatra", 1, "l:indonesia", 1,
            "k:earthquake", 1, "k:rescuer", 1, "k:rubble", 1, "#:7.6", 1, "#:529", 1);
    private static final StoryFeatures CALIFORNIA = features("2009-10-01", "Quake shakes Los Angeles", "l:california", 2, "l:los angeles", 1, "n:usgs", 1,
            "k:earthquake", 2, "k:strike", 1, "k:shake", 1, "#:4.5", 1);

    private void put(String id, StoryFeatures f) {
        store.store(Report.of(id, "Text of " + id + ": " + f.headline(), f.published()), List.of(), f);
    }

    @Test
    void reports_of_one_happening_share_a_story_and_another_happening_founds_its_own() {
        put("sumatra-1", SUMATRA_1);
        put("california-1", CALIFORNIA);
        put("sumatra-2", SUMATRA_2);
        Story sumatra = store.story("sumatra-1").orElseThrow();
        assertEquals("story-sumatra-1", sumatra.id());
        assertEquals(List.of("sumatra-1", "sumatra-2"), sumatra.reportIds());
        assertEquals("Quake hits Sumatra", sumatra.headline());
        assertEquals(LocalDate.parse("2009-09-30"), sumatra.earliest());
        assertEquals(LocalDate.parse("2009-10-01"), sumatra.latest());
        assertEquals(sumatra, store.story("sumatra-2").orElseThrow());
        assertEquals(List.of("california-1"), store.story("california-1").orElseThrow().reportIds());
        assertEquals(List.of("story-sumatra-1", "story-california-1"), store.stories(0).stream().map(Story::id).toList(), "most reports first");
        assertEquals(1, store.stories(1).size());
        assertTrue(store.story("never-stored").isEmpty());
    }

    @Test
    void a_report_that_bridges_two_stories_of_one_happening_folds_them_into_the_older() {
        // Two early reports of one rescue share no name; a third names both the ridge and the team.
        put("ridge-1", features("2020-01-01", "Climbers missing on the ridge", "n:alpha ridge", 2, "l:northtown", 2, "k:climber", 1));
        put("team-1", features("2020-01-02", "Rescue team flies out", "n:bravo rescue team", 2, "l:southfield", 2, "k:rescue", 1));
        assertNotEquals(store.story("ridge-1").orElseThrow().id(), store.story("team-1").orElseThrow().id());
        put("both-1", features("2020-01-03", "Team reaches climbers on the ridge", "n:alpha ridge", 2, "l:northtown", 1, "n:bravo rescue team", 2,
                "l:southfield", 1, "k:climber", 1, "k:rescue", 1));
        Story one = store.story("team-1").orElseThrow();
        assertEquals("story-ridge-1", one.id(), "the older story keeps its id");
        assertEquals(List.of("ridge-1", "team-1", "both-1"), one.reportIds());
        assertEquals(1, store.stories(0).size());
        assertEquals(LocalDate.parse("2020-01-01"), one.earliest());
        assertEquals(LocalDate.parse("2020-01-03"), one.latest());
    }

    /** A hand-coded strike of the report, with no date: alone it cannot be matched with anything. */
    private static Event undatedStrike(String reportId, Place where) {
        Event e = StrikeReports.strike(reportId + "-e1", reportId, StrikeReports.WIRE_TEXT, where, 18, null, "a rescue worker");
        return new Event(e.id(), e.reportId(), e.type(), e.subType(), e.actor1(), e.actor2(), e.associated(), e.location(),
                TimeSpan.unknown("no date in the text"), e.fatalities(), e.claim(), e.sentence(), e.trigger(), e.confidence(), e.evidence(), e.notes());
    }

    private static final StoryFeatures RIDGE = features("2020-01-01", "Climbers missing on the ridge", "n:alpha ridge", 2, "l:northtown", 2, "k:climber", 1);
    private static final StoryFeatures TEAM = features("2020-01-02", "Rescue team flies out", "n:bravo rescue team", 2, "l:southfield", 2, "k:rescue", 1);
    private static final StoryFeatures BOTH = features("2020-01-03", "Team reaches climbers on the ridge", "n:alpha ridge", 2, "l:northtown", 1,
            "n:bravo rescue team", 2, "l:southfield", 1, "k:climber", 1, "k:rescue", 1);

    private void put(String id, StoryFeatures f, Event... events) {
        store.store(Report.of(id, "Text of " + id + ": " + f.headline(), f.published()), List.of(events), f);
    }

    @Test
    void incidents_opened_apart_fold_when_their_stories_prove_one_and_an_analysts_split_stays() {
        // Undated, each strike opened its own incident: alone, an unknown date never merges.
        put("ridge-1", RIDGE, undatedStrike("ridge-1", StrikeReports.MARKET_TOWN));
        put("team-1", TEAM, undatedStrike("team-1", StrikeReports.MARKET_TOWN));
        assertEquals(2, store.incidents(EventQuery.all()).size());
        put("both-1", BOTH);
        List<Incident> one = store.incidents(EventQuery.all());
        assertEquals(1, one.size(), "one story, the same place and actors: one incident");
        assertEquals(List.of("ridge-1", "team-1"), one.get(0).reportIds());
        List<Change> changes = store.changes(java.time.Instant.EPOCH);
        assertTrue(changes.stream().anyMatch(ch -> ch.kind() == Revision.Kind.DELETED), "the folded incident is listed as deleted: " + changes);
        assertTrue(store.history(one.get(0).id()).stream().anyMatch(h -> h.summary().contains("by ingest of report both-1: one story")),
                "the revision says why");
        store.split(one.get(0).id(), List.of("team-1-e1"), "analyst", "two different strikes");
        // a later report of the story with an event (elsewhere) makes ingest test the story's incidents again
        put("both-2", features("2020-01-04", "Climbers flown out", "n:alpha ridge", 1, "n:bravo rescue team", 1, "l:northtown", 1, "k:rescue", 1),
                undatedStrike("both-2", StrikeReports.RIVER_TOWN));
        assertEquals(store.story("ridge-1").orElseThrow().id(), store.story("both-2").orElseThrow().id());
        List<Incident> after = store.incidents(EventQuery.all());
        assertEquals(3, after.size(), "a split an analyst made is not folded again: " + after.stream().map(Incident::reportIds).toList());
        assertTrue(after.stream().noneMatch(i -> i.reportIds().containsAll(List.of("ridge-1", "team-1"))));
    }

    @Test
    void incidents_of_one_story_at_places_apart_stay_apart() {
        put("ridge-1", RIDGE, undatedStrike("ridge-1", StrikeReports.MARKET_TOWN));
        put("team-1", TEAM, undatedStrike("team-1", StrikeReports.RIVER_TOWN));
        put("both-1", BOTH);
        assertEquals(store.story("ridge-1").orElseThrow().id(), store.story("team-1").orElseThrow().id());
        assertEquals(2, store.incidents(EventQuery.all()).size());
    }

    @Test
    void a_story_profile_sums_its_reports_so_a_later_report_can_join_through_any_of_them() {
        put("sumatra-1", SUMATRA_1);
        put("sumatra-2", SUMATRA_2);
        // Shares only what the second report brought (rescuers, the toll of 529) and Padang.
        put("sumatra-3", features("2009-10-03", "Toll rises to 529", "l:padang", 2, "k:rescuer", 2, "k:rubble", 1, "#:529", 1));
        assertEquals(List.of("sumatra-1", "sumatra-2", "sumatra-3"), store.story("sumatra-3").orElseThrow().reportIds());
        assertEquals(LocalDate.parse("2009-10-03"), store.story("sumatra-1").orElseThrow().latest());
    }

    @Test
    void the_same_names_a_year_later_found_a_new_story() {
        put("rehab-2008", features("2008-01-10", "Reid in rehab", "n:tara reid", 2, "n:reid", 4, "l:malibu", 1, "k:rehab", 2));
        put("rehab-2009", features("2009-03-02", "Reid back in rehab", "n:tara reid", 1, "n:reid", 3, "l:malibu", 1, "k:rehab", 2));
        assertNotEquals(store.story("rehab-2008").orElseThrow().id(), store.story("rehab-2009").orElseThrow().id());
    }

    @Test
    void storing_a_report_again_keeps_its_story_also_after_reopening() {
        put("sumatra-1", SUMATRA_1);
        put("sumatra-2", SUMATRA_2);
        put("sumatra-2", SUMATRA_2);
        store.store(Report.of("copy", "Text of sumatra-2: " + SUMATRA_2.headline(), SUMATRA_2.published()), List.of(), SUMATRA_2);
        assertEquals(List.of("sumatra-1", "sumatra-2"), store.story("sumatra-2").orElseThrow().reportIds());
        assertTrue(store.story("copy").isEmpty(), "a copy of a stored text is that report, not a new member");
        store.close();
        store = reopen();
        put("sumatra-2", SUMATRA_2);
        assertEquals(1, store.stories(0).size());
        assertEquals(List.of("sumatra-1", "sumatra-2"), store.story("sumatra-1").orElseThrow().reportIds());
    }

    @Test
    void a_report_stored_without_features_founds_a_story_of_its_own() {
        put("sumatra-1", SUMATRA_1);
        store.store(Report.of("plain", "Quake hits Sumatra again, Padang shaken.", LocalDate.parse("2009-09-30")), List.of());
        Story plain = store.story("plain").orElseThrow();
        assertEquals(List.of("plain"), plain.reportIds());
        assertEquals("Quake hits Sumatra again, Padang shaken.", plain.headline());
    }
}
