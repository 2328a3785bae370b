package org.sitrep.incident;

import static org.junit.jupiter.api.Assertions.*;
import static org.sitrep.incident.Fixtures.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.TimeSpan;

class StoryFolderTest {
    private final StoryFolder folder = new StoryFolder(new IncidentMatcher(MatchOptions.defaults()));
    private final IncidentSummarizer summarizer = new IncidentSummarizer();
    private static final TimeSpan UNDATED = TimeSpan.unknown("no date in the text");

    private Incident incident(String id, Event... events) {
        return summarizer.summarize(id, 1, java.util.Arrays.stream(events).map(e -> new Incident.Member(e, e.reportId(), null, null)).toList());
    }

    @Test
    void the_incident_most_reports_lead_with_takes_in_a_compatible_one() {
        Incident a = incident("inc-a", strike("r1-e1", "r1", NORTHTOWN, day("2020-01-01"), killed(5)));
        Incident b = incident("inc-b", strike("r2-e1", "r2", NORTHTOWN, UNDATED, killed(6)), strike("r3-e1", "r3", NORTHTOWN, UNDATED, killed(6)));
        List<StoryFolder.Fold> folds = folder.folds(List.of(a, b), Map.of("inc-a", 1, "inc-b", 2), (x, y) -> false);
        assertEquals(1, folds.size());
        assertEquals("inc-b", folds.get(0).keep(), "two reports lead with inc-b");
        assertEquals("inc-a", folds.get(0).gone());
        assertTrue(folds.get(0).reason().describe().contains("date unknown on one side, same story"), folds.get(0).reason().describe());
    }

    @Test
    void places_apart_a_shared_report_or_an_analysts_split_keep_incidents_apart() {
        Incident a = incident("inc-a", strike("r1-e1", "r1", NORTHTOWN, UNDATED, killed(5)));
        Incident far = incident("inc-far", strike("r2-e1", "r2", FIFTY_KM_AWAY, UNDATED, killed(5)));
        assertTrue(folder.folds(List.of(a, far), Map.of(), (x, y) -> false).isEmpty(), "50 km apart");
        // r1's second event: the extractor told it apart from r1's first, so their incidents stay two.
        Incident sameReport = incident("inc-c", withConfidence(strike("r1-e2", "r1", NORTHTOWN, UNDATED, killed(2)), 0.5));
        assertTrue(folder.folds(List.of(a, sameReport), Map.of(), (x, y) -> false).isEmpty());
        Incident other = incident("inc-d", strike("r4-e1", "r4", NORTHTOWN_EDGE, UNDATED, killed(5)));
        assertEquals(1, folder.folds(List.of(a, other), Map.of(), (x, y) -> false).size());
        assertTrue(folder.folds(List.of(a, other), Map.of(), (x, y) -> x.equals("r4-e1") && y.equals("r1-e1")).isEmpty(), "an analyst kept them apart");
    }

    @Test
    void an_incident_holding_no_reports_lead_event_does_not_fold() {
        Incident a = incident("inc-a", strike("r1-e1", "r1", NORTHTOWN, day("2020-01-01"), killed(5)));
        // r5 leads with a strike 50 km away; its side mention of Northtown (say, a strike there it recalls) fits inc-a
        // on every field, but a side event is not a telling of the happening.
        Incident e = incident("inc-e", strike("r5-e1", "r5", FIFTY_KM_AWAY, day("2020-01-01"), killed(3)));
        Incident c = incident("inc-c", withConfidence(strike("r5-e2", "r5", NORTHTOWN, UNDATED, killed(1)), 0.3));
        assertTrue(folder.folds(List.of(a, e, c), Map.of("inc-a", 1, "inc-e", 1), (x, y) -> false).isEmpty());
        Incident lead = incident("inc-c", strike("r6-e2", "r6", NORTHTOWN, UNDATED, killed(1)));
        assertEquals(1, folder.folds(List.of(a, e, lead), Map.of("inc-a", 1, "inc-e", 1), (x, y) -> false).size(), "the same event leading its report folds");
    }
}
