package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;

/** The read API over a real DuckDB file and a real Javalin server on a loopback port. */
class ReadApiIT {
    @TempDir
    static Path folder;
    private static EventStore store;
    private static SitrepServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        store = Stores.open("jdbc:duckdb:" + folder.resolve("read.duckdb"));
        Fixtures.fill(store);
        server = new SitrepServer(store, r -> List.of(), ServerOptions.loopback(0, Map.of()));
        http = new Http(server.start());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static List<String> places(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.path("place").path("name").asText()));
        return out;
    }

    @Test
    void incidents_list_merges_the_two_strike_reports_and_keeps_the_lower_toll() {
        Http.Answer a = http.get("/api/incidents");
        assertEquals(200, a.status());
        assertEquals(3, a.json().get("count").asInt(), a.body());
        JsonNode strike = null;
        for (JsonNode i : a.json().get("items")) if ("AIR_DRONE_STRIKE".equals(i.get("sub_type").asText())) strike = i;
        assertNotNull(strike, a.body());
        assertEquals(18, strike.get("fatalities").get("best").asInt());
        assertEquals(26, strike.get("fatalities").get("max").asInt());
        assertEquals(2, strike.get("reports").asInt());
    }

    @Test
    void filters_by_date_type_country_actor_box_and_text() {
        assertEquals(List.of("Mayadin"), places(http.get("/api/incidents?since=2017-11-15").json()));
        assertEquals(List.of("Mayadin"), places(http.get("/api/incidents?type=Battles&since=2017-11-10").json()));
        assertEquals(List.of("Mayadin"), places(http.get("/api/incidents?actor=military%20forces%20of%20syria").json()));
        assertEquals(0, http.get("/api/incidents?country=IQ").json().get("count").asInt());
        assertEquals(3, http.get("/api/incidents?country=sy").json().get("count").asInt());
        assertEquals(List.of("Mayadin"), places(http.get("/api/incidents?bbox=40.3,34.9,40.6,35.1").json()));
        assertEquals(List.of("Mayadin"), places(http.get("/api/incidents?q=mayadin").json()));
        assertEquals(2, http.get("/api/events?actor=russia").json().get("count").asInt(), "the two strike events name Russia");
    }

    @Test
    void pages_link_to_the_next_page() {
        JsonNode first = http.get("/api/incidents?limit=2").json();
        assertEquals(2, first.get("count").asInt());
        assertEquals("/api/incidents?limit=2&offset=2", first.get("next").asText());
        JsonNode second = http.get(first.get("next").asText()).json();
        assertEquals(1, second.get("count").asInt());
        assertTrue(second.get("next").isNull());
    }

    @Test
    void geojson_has_points_with_longitude_first() {
        Http.Answer a = http.get("/api/incidents?format=geojson&q=mayadin");
        assertEquals("application/geo+json", a.header("Content-Type").orElse("").split(";")[0]);
        JsonNode f = a.json().get("features").get(0);
        assertEquals("Point", f.get("geometry").get("type").asText());
        assertEquals(40.4514, f.get("geometry").get("coordinates").get(0).asDouble(), 1e-6);
        assertEquals(35.0199, f.get("geometry").get("coordinates").get(1).asDouble(), 1e-6);
    }

    @Test
    void an_incident_page_has_its_events_history_and_the_towns_control_timeline() {
        String id = http.get("/api/incidents?q=albu&type=Explosions/Remote%20violence").json().get("items").get(0).get("id").asText();
        JsonNode i = http.get("/api/incidents/" + id).json();
        assertEquals(2, i.get("members").size());
        assertEquals("a rescue worker", i.get("members").get(0).get("event").get("claim").get("sources").get(0).get("name").asText());
        assertFalse(i.get("history").isEmpty());
        assertEquals("Islamic State", i.get("control").get(0).get("holder").asText());
        JsonNode report = http.get("/api/reports/wire-1").json();
        assertEquals(Fixtures.WIRE, report.get("text").asText());
        assertEquals("wire-1-e1", report.get("events").get(0).get("id").asText());
        assertEquals("Islamic State", http.get("/api/control/Albu%20Kamal").json().get("periods").get(0).get("holder").asText());
    }

    @Test
    void the_change_feed_lists_every_incident_created_since_a_day() {
        JsonNode feed = http.get("/api/changes?since=2000-01-01").json();
        assertEquals(3, feed.get("changes").findValuesAsText("kind").stream().filter("created"::equals).count(), feed.toString());
        assertEquals(0, http.get("/api/changes?since=" + feed.get("now").asText()).json().get("changes").size());
    }

    @Test
    void bad_input_gets_a_json_error_that_says_what_to_send() {
        Http.Answer date = http.get("/api/incidents?since=13/11/2017");
        assertEquals(400, date.status());
        assertTrue(date.json().get("error").asText().contains("YYYY-MM-DD"), date.body());
        assertEquals(400, http.get("/api/incidents?limit=0").status());
        assertEquals(400, http.get("/api/incidents?type=Skirmish").status());
        assertEquals(400, http.get("/api/incidents?bbox=1,2,3").status());
        assertEquals(400, http.get("/api/incidents?until=2017-01-01&since=2017-02-01").status());
        Http.Answer typo = http.get("/api/incidents?contry=SY");
        assertTrue(typo.json().get("error").asText().contains("contry"), typo.body());
        Http.Answer missing = http.get("/api/incidents/no-such-id");
        assertEquals(404, missing.status());
        assertEquals(404, missing.json().get("status").asInt());
        assertEquals(404, http.get("/api/nothing-here").status());
        assertEquals(400, http.get("/api/changes?since=yesterday").status());
    }

    @Test
    void every_response_carries_a_strict_content_security_policy() {
        for (String path : List.of("/", "/js/app.js", "/api/incidents", "/api/nothing-here")) {
            String csp = http.get(path).header("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("default-src 'none'"), path + ": " + csp);
        }
        assertEquals("nosniff", http.get("/").header("X-Content-Type-Options").orElse(""));
    }

    @Test
    void the_dashboard_and_its_bundled_libraries_are_served_from_this_server() {
        Http.Answer index = http.get("/");
        assertEquals(200, index.status());
        assertFalse(index.body().contains("http://") || index.body().contains("https://"), "no asset from another host");
        for (String path : List.of("/vendor/leaflet/leaflet.js", "/vendor/markercluster/leaflet.markercluster.js", "/vendor/topojson/dist/topojson-client.min.js")) {
            assertEquals(200, http.get(path).status(), path);
        }
        assertEquals("Topology", http.get("/vendor/world-atlas/countries-50m.json").json().get("type").asText());
    }

    @Test
    void openapi_health_and_metrics_describe_the_running_server() {
        JsonNode api = http.get("/api/openapi.json").json();
        assertTrue(api.get("openapi").asText().startsWith("3."));
        for (String p : List.of("/api/incidents", "/api/events", "/api/reports/{id}", "/api/control/{place}", "/api/changes", "/api/reports")) {
            assertTrue(api.get("paths").has(p), p);
        }
        JsonNode health = http.get("/api/health").json();
        assertEquals("ok", health.get("status").asText());
        assertEquals(4, health.get("store").get("reports").asInt());
        http.get("/api/incidents");
        JsonNode metrics = http.get("/api/metrics").json();
        assertTrue(metrics.get("routes").get("GET /api/incidents").get("requests").asInt() >= 1, metrics.toString());
    }
}
