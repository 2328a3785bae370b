package org.sitrep.incident;

import static org.junit.jupiter.api.Assertions.*;
import static org.sitrep.incident.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Report;
import org.sitrep.model.TimeSpan;

class IncidentBuilderTest {
    private final IncidentBuilder builder = new IncidentBuilder(new IncidentMatcher(MatchOptions.defaults()), new IncidentSummarizer());

    private static Report report(String id, String outlet) {
        return new Report(id, null, "text of " + id, LocalDate.parse("2017-11-09"), outlet, null, null, List.of(), null);
    }

    @Test
    void second_report_of_the_same_strike_revises_the_incident_with_conservative_toll() {
        IncidentUpdate first = builder.update(List.of(), report("ra", "Outlet A"),
                List.of(strike("ra-e1", "ra", NORTHTOWN, day("2017-11-08"), killed(15))));
        Incident opened = first.created().get(0);
        assertEquals(1, opened.revision());
        assertEquals("weak", opened.grade());

        Event second = new Event("rb-e1", "rb", opened.type(), opened.subType(), opened.actor1(), opened.actor2(), List.of(), NORTHTOWN_EDGE,
                day("2017-11-08"), new Fatalities(12, 12, 20, false, true, "12 to 20 killed", null), saidBy("a local monitor"), null, "strike", 0.8, List.of(), List.of());
        IncidentUpdate update = builder.update(first.created(), report("rb", "Outlet B"), List.of(second));
        assertTrue(update.created().isEmpty());
        Incident merged = update.revised().get(0);
        assertEquals(opened.id(), merged.id());
        assertEquals(2, merged.revision());
        assertEquals(List.of("ra", "rb"), merged.reportIds());
        assertEquals(new Incident.Casualties(12, 12, 20, 2, 0), merged.casualties());
        assertEquals("fair", merged.grade());
        assertEquals(ClaimStatus.REPORTED, merged.status());
        assertNotNull(merged.members().get(1).reason());
        assertEquals(Revision.Kind.REVISED, update.revisions().get(0).kind());
    }

    @Test
    void a_cumulative_total_is_never_the_incident_toll() {
        Event single = strike("a", "ra", NORTHTOWN, day("2017-11-08"), killed(9));
        Event total = strike("b", "rb", NORTHTOWN, day("2017-11-08"), new Fatalities(50, 50, null, true, false, "50 killed since friday", null));
        Incident.Casualties c = IncidentSummarizer.casualties(List.of(single, total));
        assertEquals(new Incident.Casualties(9, 9, 9, 1, 1, 50, "50 killed since friday"), c, "the total is kept apart, with its words");
    }

    @Test
    void two_outlets_quoting_one_monitor_are_one_source_and_differing_perpetrators_are_disputed() {
        Event a = event("a", "ra", org.sitrep.model.SubEventType.AIR_DRONE_STRIKE, hedged("Air Force of Yland"), null, NORTHTOWN, day("2017-11-08"), killed(4), saidBy("The Monitor"));
        Event b = event("b", "rb", org.sitrep.model.SubEventType.AIR_DRONE_STRIKE, hedged("Air Force of Xland"), null, NORTHTOWN, day("2017-11-08"), killed(4), saidBy("the  monitor"));
        List<Incident> incidents = new ArrayList<>(builder.update(List.of(), report("ra", "Outlet A"), List.of(a)).created());
        Incident merged = builder.update(incidents, report("rb", "Outlet B"), List.of(b)).revised().get(0);
        assertEquals(1, merged.independentSources());
        assertEquals("weak", merged.grade());
        assertEquals(ClaimStatus.DISPUTED, merged.status());
    }

    @Test
    void events_of_one_report_stay_apart_and_ids_are_stable() {
        Event a = strike("ra-e1", "ra", NORTHTOWN, day("2017-11-08"), killed(3));
        Event b = strike("ra-e2", "ra", NORTHTOWN, day("2017-11-08"), killed(3));
        IncidentUpdate once = builder.update(List.of(), report("ra", null), List.of(a, b));
        IncidentUpdate again = builder.update(List.of(), report("ra", null), List.of(a, b));
        assertEquals(2, once.created().size());
        assertEquals(once.created().stream().map(Incident::id).toList(), again.created().stream().map(Incident::id).toList());
    }

    @Test
    void a_strike_fifty_km_away_opens_its_own_incident() {
        List<Incident> known = builder.update(List.of(), report("ra", "A"), List.of(strike("a", "ra", NORTHTOWN, day("2017-11-08"), killed(3)))).created();
        IncidentUpdate update = builder.update(known, report("rb", "B"), List.of(strike("b", "rb", FIFTY_KM_AWAY, day("2017-11-08"), killed(3))));
        assertEquals(1, update.created().size());
        assertTrue(update.revised().isEmpty());
    }

    @Test
    void a_report_main_event_goes_first_and_joins_the_incident_its_story_leads_with() {
        TimeSpan undated = TimeSpan.unknown("no date");
        Incident lead = builder.update(List.of(), report("ra", "Outlet A"), List.of(strike("ra-e1", "ra", NORTHTOWN, undated, null))).created().get(0);
        Incident side = builder.update(List.of(), report("rb", "Outlet B"), List.of(strike("rb-e1", "rb", NORTHTOWN, undated, null))).created().get(0);
        // Report rc tells a side strike first (low confidence) and its main strike second.
        Event sideFirst = withConfidence(strike("rc-e1", "rc", NORTHTOWN, undated, null), 0.4);
        Event main = withConfidence(strike("rc-e2", "rc", NORTHTOWN, undated, null), 0.9);
        java.util.Map<String, Integer> story = new java.util.LinkedHashMap<>();
        story.put(side.id(), 0);
        story.put(lead.id(), 2);
        IncidentUpdate update = builder.update(List.of(side, lead), report("rc", "Outlet C"), List.of(sideFirst, main), story);
        Incident leadAfter = update.revised().stream().filter(i -> i.id().equals(lead.id())).findFirst().orElseThrow();
        assertTrue(leadAfter.members().stream().anyMatch(m -> m.event().id().equals("rc-e2")), "the main event joins the story's lead incident");
        Incident sideAfter = update.revised().stream().filter(i -> i.id().equals(side.id())).findFirst().orElseThrow();
        assertTrue(sideAfter.members().stream().anyMatch(m -> m.event().id().equals("rc-e1")), "the side event takes what is left");
        assertEquals(1, IncidentBuilder.mainIndex(List.of(sideFirst, main)));
    }
}
