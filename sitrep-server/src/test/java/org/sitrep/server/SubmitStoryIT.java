package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.incident.StoryFeatures;
import org.sitrep.model.Event;
import org.sitrep.model.LeftOut;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;

/** Reports submitted through the API are linked to stories with the features their processor returns. */
class SubmitStoryIT {
    @TempDir
    Path folder;

    /** A fake coder: no events; story terms from the report's first word, so "quake ..." reports share a story. */
    private static final class Terms implements ReportProcessor {
        @Override
        public List<Event> process(Report report) {
            return List.of();
        }

        @Override
        public Coded code(Report report) {
            String topic = report.text().split("\\s+")[0].toLowerCase();
            return new Coded(List.of(), new StoryFeatures(report.published(), report.text(),
                    Map.of("n:" + topic, 3, "l:" + topic + "ville", 2, "k:" + topic, 1)));
        }
    }

    @Test
    void submitted_reports_of_one_happening_share_a_story() {
        try (EventStore store = Stores.open("jdbc:duckdb:" + folder.resolve("submit.duckdb"));
             SitrepServer server = new SitrepServer(store, new Terms(), ServerOptions.loopback(0, Map.of()))) {
            Http http = new Http(server.start());
            for (String[] r : new String[][] {{"q-1", "quake shakes the valley"}, {"q-2", "quake toll rises in the valley"}, {"f-1", "flood cuts roads"}}) {
                String body = "{\"id\": \"" + r[0] + "\", \"text\": \"" + r[1] + "\", \"published\": \"" + LocalDate.of(2024, 5, 2) + "\"}";
                assertEquals(201, http.post("/api/reports", "application/json", body).status());
            }
            String quake = store.story("q-1").orElseThrow().id();
            assertEquals(quake, store.story("q-2").orElseThrow().id());
            assertNotEquals(quake, store.story("f-1").orElseThrow().id());
        }
    }

    @Test
    void the_answer_lists_the_candidate_acts_left_out_with_why() {
        LeftOut left = new LeftOut(SubEventType.ARMED_CLASH, "fighting", new Span(10, 18), "background period");
        ReportProcessor coder = new ReportProcessor() {
            @Override
            public List<Event> process(Report report) {
                return List.of();
            }

            @Override
            public Coded code(Report report) {
                return new Coded(List.of(), null, List.of(left));
            }
        };
        try (EventStore store = Stores.open("jdbc:duckdb:" + folder.resolve("left.duckdb"));
             SitrepServer server = new SitrepServer(store, coder, ServerOptions.loopback(0, Map.of()))) {
            Http http = new Http(server.start());
            Http.Answer a = http.post("/api/reports", "application/json", "{\"id\": \"l-1\", \"text\": \"Years of fighting ended.\", \"published\": \"2024-05-02\"}");
            assertEquals(201, a.status(), a.body());
            JsonNode out = a.json().get("reports").get(0).get("left_out");
            assertEquals(1, out.size(), a.body());
            assertEquals("Armed clash", out.get(0).get("sub_event_type").asText());
            assertEquals("background period", out.get(0).get("reason").asText());
            assertEquals(10, out.get(0).get("start").asInt());
            // ... and the stored report keeps them: the report page reads them back
            Http.Answer stored = http.get("/api/reports/l-1");
            assertEquals(200, stored.status(), stored.body());
            JsonNode kept = stored.json().get("left_out");
            assertEquals(1, kept.size(), stored.body());
            assertEquals("fighting", kept.get(0).get("text").asText());
            assertEquals("background period", kept.get(0).get("reason").asText());
            assertEquals(18, kept.get(0).get("end").asInt());
        }
    }
}
