package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sitrep.incident.Incident;
import org.sitrep.incident.IncidentBuilder;
import org.sitrep.model.Event;
import org.sitrep.model.SitrepException;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreResult;
import org.sitrep.store.Stores;

/**
 * The clusters task's predictions: every report is ingested, in gold order, into an empty DuckDB store in
 * a temporary folder (deleted afterwards), exactly as {@code sitrep ingest} stores it, and each record
 * gets the incident of its primary event. The primary event is the one {@code EventExtractor.mainType}
 * takes the report's type from: the highest confidence, the first in the text on a tie. A report with no
 * event (or whose main event's incident is unknown) takes its story's lead incident (the incident most of
 * the story's reports lead with), or, when no report of the story has one, the story itself, {@code "story:ID"};
 * each record also carries its {@code story} and whether its group is an incident or a story ({@code by}),
 * so the story grouping can be scored on its own.
 */
final class ClusterPredictor {
    private final ObjectMapper json;

    ClusterPredictor(ObjectMapper json) {
        this.json = json;
    }

    Map<String, ObjectNode> predict(List<ReportResult> results, PrintWriter err) throws IOException {
        // SITREP_CLUSTERS_DIR keeps the store for inspection (sitrep incidents --db jdbc:duckdb:DIR/clusters.duckdb)
        // and each report's story terms (story-features.jsonl)
        String keep = System.getenv("SITREP_CLUSTERS_DIR");
        Path dir = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("sitrep-clusters");
        Files.deleteIfExists(dir.resolve("clusters.duckdb"));
        try {
            Map<String, String> primaryEvent = new LinkedHashMap<>();
            Map<String, List<String>> eventsOf = new HashMap<>();
            Map<String, StoreResult> stored = new LinkedHashMap<>();
            Map<String, String> incidentOfEvent = new HashMap<>();
            if (keep != null) writeFeatures(results, dir.resolve("story-features.jsonl"));
            try (EventStore store = Stores.open("jdbc:duckdb:" + dir.resolve("clusters.duckdb"))) {
                for (ReportResult r : results) {
                    if (r == null) continue;
                    String id = r.annotated().report().id();
                    StoreResult s;
                    try {
                        s = store.store(r.annotated().report(), r.events(), r.story());
                    } catch (SitrepException e) {
                        err.println("sitrep: " + id + ": not stored: " + e.getMessage());
                        continue;
                    }
                    stored.put(id, s);
                    if (!s.alreadyStored()) {
                        primary(r.events()).filter(ClusterPredictor::placedOrDated).ifPresent(e -> primaryEvent.put(id, eventId(id, r.events(), e)));
                        eventsOf.put(id, r.events().stream().map(e -> eventId(id, r.events(), e)).toList());
                    }
                }
                for (Incident i : store.incidents(EventQuery.all())) {
                    for (Incident.Member m : i.members()) incidentOfEvent.put(m.event().id(), i.id());
                }
                Map<String, String> incidentOf = new LinkedHashMap<>();
                Map<String, String> storyOf = new LinkedHashMap<>();
                for (Map.Entry<String, StoreResult> e : stored.entrySet()) {
                    // A report whose text was already stored (a syndicated copy) is that report: same incidents, same story.
                    String storedId = e.getValue().alreadyStored() ? e.getValue().reportId() : e.getKey();
                    String eventId = primaryEvent.get(storedId);
                    String incident = eventId == null ? null : incidentOfEvent.get(eventId);
                    if (incident != null) incidentOf.put(e.getKey(), incident);
                    store.story(storedId).ifPresent(st -> storyOf.put(e.getKey(), "story:" + st.id()));
                }
                Map<String, String> storyLead = storyLeads(incidentOf, storyOf);
                // A report that leads with a side act (an arrest in a shooting story) but also tells its story's
                // happening is about that happening: it takes the story's lead incident when one of its events is in it.
                for (Map.Entry<String, StoreResult> e : stored.entrySet()) {
                    String storedId = e.getValue().alreadyStored() ? e.getValue().reportId() : e.getKey();
                    String lead = storyLead.get(storyOf.get(e.getKey()));
                    if (lead == null || lead.equals(incidentOf.get(e.getKey()))) continue;
                    for (String ev : eventsOf.getOrDefault(storedId, List.of())) {
                        if (lead.equals(incidentOfEvent.get(ev))) {
                            incidentOf.put(e.getKey(), lead);
                            break;
                        }
                    }
                }
                Map<String, ObjectNode> out = new LinkedHashMap<>();
                for (Map.Entry<String, StoreResult> e : stored.entrySet()) {
                    String id = e.getKey();
                    StoreResult s = e.getValue();
                    ObjectNode o = json.createObjectNode();
                    o.put("id", id);
                    String incident = incidentOf.get(id);
                    String story = storyOf.get(id);
                    String lead = story == null ? null : storyLead.get(story);
                    o.put("incident", incident != null ? incident : lead != null ? lead : story);
                    o.put("by", incident != null ? "incident" : lead != null ? "story lead incident" : story != null ? "story" : "none");
                    o.put("story", story);
                    o.put("events", s.events());
                    if (s.alreadyStored()) o.put("same_text_as", s.reportId());
                    out.put(id, o);
                }
                return out;
            }
        } finally {
            if (keep == null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Each report's story terms and date, one JSON line each, for reading how stories were linked. */
    private void writeFeatures(List<ReportResult> results, Path file) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            for (ReportResult r : results) {
                if (r == null || r.story() == null) continue;
                ObjectNode o = json.createObjectNode();
                o.put("id", r.annotated().report().id());
                o.put("published", r.story().published() == null ? null : r.story().published().toString());
                o.set("terms", json.valueToTree(r.story().terms()));
                w.println(json.writeValueAsString(o));
            }
        }
    }

    /**
     * Each story's lead incident: the one most of its reports lead with (the first such report's on a tie).
     * A report without an event of its own (a profile, a reaction) is about its story's happening, and that
     * incident stands for the happening.
     */
    static Map<String, String> storyLeads(Map<String, String> incidentOf, Map<String, String> storyOf) {
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        incidentOf.forEach((report, incident) -> {
            String story = storyOf.get(report);
            if (story != null) votes.computeIfAbsent(story, k -> new LinkedHashMap<>()).merge(incident, 1, Integer::sum);
        });
        Map<String, String> out = new HashMap<>();
        votes.forEach((story, counts) -> {
            String best = null;
            for (var c : counts.entrySet()) if (best == null || c.getValue() > counts.get(best)) best = c.getKey();
            out.put(story, best);
        });
        return out;
    }

    private static String eventId(String reportId, List<Event> events, Event e) {
        return e.id() != null ? e.id() : reportId + "-e" + (events.indexOf(e) + 1);
    }

    /**
     * Whether an event can say which real happening its report is about: an act with neither a place nor a date (an
     * undated report's "after Kathina was shot", its town a namesake left unplaced) matches no other report's event, so its
     * incident is a singleton by construction; the report is then better grouped by its story, as a report with no event is.
     */
    static boolean placedOrDated(Event e) {
        return e.location() != null || e.date() != null && e.date().known();
    }

    /** The report's main event: highest confidence, first in the text on a tie. */
    static Optional<Event> primary(List<Event> events) {
        int main = IncidentBuilder.mainIndex(events);
        return main < 0 ? Optional.empty() : Optional.of(events.get(main));
    }
}
