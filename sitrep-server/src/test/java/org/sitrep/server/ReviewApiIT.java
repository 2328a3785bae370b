package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;

/** Analyst review and report submission through the API, each test on a fresh DuckDB file. */
class ReviewApiIT {
    private static final String TOKEN = "ana-token-0123456789abcdef";
    @TempDir
    Path folder;
    private EventStore store;
    private SitrepServer server;
    private Http http;

    @BeforeEach
    void start() {
        store = Stores.open("jdbc:duckdb:" + folder.resolve("review.duckdb"));
        Fixtures.fill(store);
        // The fake processor codes one event per report: an air strike in Albu Kamal in its first sentence.
        server = new SitrepServer(store, r -> {
            Event template = Fixtures.strike("x", r.id(), Fixtures.WIRE, 18, "a rescue worker", r.published() == null ? java.time.LocalDate.parse("2017-11-13") : r.published());
            String first = r.text().split("(?<=\\.)\\s")[0];
            return List.of(new Event(null, r.id(), template.type(), template.subType(), template.actor1(), template.actor2(), List.of(), template.location(),
                    template.date(), template.fatalities(), template.claim(), new Sentence(0, new Span(0, first.length()), first), "struck", 0.5,
                    List.of(new Evidence("sentence", new Span(0, first.length()), first)), List.of()));
        }, ServerOptions.loopback(0, Map.of(TOKEN, "ana")));
        http = new Http(server.start());
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private String strikeIncident() {
        return http.get("/api/incidents?type=Explosions/Remote%20violence").json().get("items").get(0).get("id").asText();
    }

    @Test
    void an_edit_without_a_known_token_is_refused_and_changes_nothing() {
        String id = strikeIncident();
        Http.Answer none = http.patch("/api/incidents/" + id, null, "{\"fatalities\": 30}");
        assertEquals(401, none.status());
        assertTrue(none.json().get("error").asText().contains("Authorization: Bearer"), none.body());
        assertEquals(401, http.patch("/api/incidents/" + id, "wrong-token-0123456789", "{\"fatalities\": 30}").status());
        assertEquals(18, http.get("/api/incidents/" + id).json().get("fatalities").get("best").asInt());
        assertTrue(http.get("/api/incidents/" + id).json().get("audit").isEmpty());
    }

    @Test
    void an_analyst_sets_the_toll_and_the_audit_log_shows_who_before_and_after() {
        String id = strikeIncident();
        Http.Answer a = http.patch("/api/incidents/" + id, TOKEN, "{\"fatalities\": 21, \"why\": \"hospital list\"}");
        assertEquals(200, a.status(), a.body());
        JsonNode page = http.get("/api/incidents/" + id).json();
        assertEquals(21, page.get("fatalities").get("best").asInt());
        JsonNode incidentEntry = null;
        for (JsonNode e : page.get("audit")) if (e.get("target_kind").asText().equals("incident")) incidentEntry = e;
        assertNotNull(incidentEntry, page.get("audit").toString());
        assertEquals("ana", incidentEntry.get("who").asText());
        assertEquals(18, incidentEntry.get("before").get("fatalities").asInt());
        assertEquals(21, incidentEntry.get("after").get("fatalities").asInt());
        assertEquals("hospital list", incidentEntry.get("why").asText());
        JsonNode event = http.get("/api/events/monitor-1-e1").json();
        assertEquals(21, event.get("event").get("fatalities").get("best").asInt());
        assertEquals(26, event.get("original").get("fatalities").get("best").asInt(), "the machine's value is kept");
        assertTrue(page.get("history").toString().contains("ana edited the incident"), page.get("history").toString());
    }

    @Test
    void an_event_edit_changes_type_date_place_and_actors_and_rejecting_removes_it() {
        Http.Answer edit = http.patch("/api/events/clash-1-e1", TOKEN,
                "{\"sub_type\": \"Shelling/artillery/missile attack\", \"date\": \"2017-11-19\", \"actor2\": \"Syrian Democratic Forces\","
                        + " \"place\": {\"name\": \"Al Quriyah\", \"country\": \"SY\", \"lat\": 34.98, \"lon\": 40.53}}");
        assertEquals(200, edit.status(), edit.body());
        JsonNode e = edit.json().get("event");
        assertEquals("EXPLOSIONS_REMOTE_VIOLENCE", e.get("type").asText());
        assertEquals("2017-11-19", e.get("date").get("earliest").asText());
        assertEquals("Al Quriyah", e.get("location").get("name").asText());
        assertEquals("Syrian Democratic Forces", e.get("actor2").get("name").asText());
        assertEquals(1, http.get("/api/incidents?q=quriyah").json().get("count").asInt());
        Http.Answer reject = http.patch("/api/events/clash-1-e1", TOKEN, "{\"reject\": true, \"why\": \"duplicate\"}");
        assertEquals(200, reject.status(), reject.body());
        assertTrue(reject.json().get("event").get("rejected").asBoolean());
        assertEquals(0, http.get("/api/incidents?q=quriyah").json().get("count").asInt());
        assertTrue(http.get("/api/changes").json().get("changes").findValuesAsText("kind").contains("deleted"));
    }

    @Test
    void malformed_edits_say_what_is_wrong() {
        String id = strikeIncident();
        assertTrue(http.patch("/api/incidents/" + id, TOKEN, "{\"fatalities\": -3}").json().get("error").asText().contains("fatalities"));
        assertTrue(http.patch("/api/incidents/" + id, TOKEN, "{\"killed\": 3}").json().get("error").asText().contains("unknown field 'killed'"));
        assertEquals(400, http.patch("/api/incidents/" + id, TOKEN, "not json").status());
        assertEquals(400, http.patch("/api/incidents/" + id, TOKEN, "{}").status());
        assertEquals(400, http.patch("/api/incidents/" + id, TOKEN, "{\"type\": \"Battles\", \"sub_type\": \"Air/drone strike\"}").status());
        assertEquals(400, http.patch("/api/events/wire-1-e1", TOKEN, "{\"merge\": \"x\"}").status());
        assertEquals(404, http.patch("/api/events/nope", TOKEN, "{\"fatalities\": 3}").status());
        assertEquals(400, http.patch("/api/incidents/" + id, TOKEN, "{\"split\": [\"no-such-e9\"]}").status(), "an event not in the incident");
    }

    @Test
    void a_submitted_report_comes_back_with_its_events_and_markup_stays_text() {
        String text = "<script>window.pwned = 1</script> Jets struck Albu Kamal on Monday. <img src=x onerror=alert(1)>";
        Http.Answer a = http.post("/api/reports", "application/json", "{\"id\": \"xss-1\", \"text\": " + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(text) + ", \"published\": \"2017-11-13\"}");
        assertEquals(201, a.status(), a.body());
        JsonNode r = a.json().get("reports").get(0);
        assertEquals("xss-1", r.get("id").asText());
        assertEquals(1, r.get("events").size());
        assertEquals(text, http.get("/api/reports/xss-1").json().get("text").asText(), "the text is stored as sent, and served as a JSON string");
        Http.Answer lines = http.post("/api/reports", "application/x-ndjson", "{\"text\": \"Jets struck again.\"}\n{\"text\": \"And again.\", \"published\": \"2017-11-14\"}\n");
        assertEquals(2, lines.json().get("reports").size(), lines.body());
        Http.Answer plain = http.post("/api/reports?published=2017-11-15&id=plain-1", "text/plain", "Jets struck a third time.");
        assertEquals("plain-1", plain.json().get("reports").get(0).get("id").asText());
        assertEquals(400, http.post("/api/reports", "application/json", "{\"text\": \"\"}").status());
        assertEquals(400, http.post("/api/reports", "application/json", "{\"text\": \"x\", \"published\": \"Monday\"}").status());
        assertEquals(400, http.post("/api/reports", "application/x-ndjson", "{\"text\": \"ok\"}\n{broken\n").status());
        assertEquals(415, http.post("/api/reports", "application/xml", "<report/>").status());
    }
}
