package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.server.ServerOptions;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;

/**
 * The dashboard end to end in headless Chromium: the bundled example article is coded by the real
 * pipeline into a DuckDB store, served, and used the way an analyst would. Set
 * -Dsitrep.screenshot=FILE to save the map as a PNG.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {
    private static final String TOKEN = "analyst-token-for-the-browser-test";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path folder;
    private static EventStore store;
    private static PipelineProcessor processor;
    private static SitrepServer server;
    private static ChromeDriver browser;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.installed(), "Chromium is missing: run scripts/install-browser.sh as root (apt-get install chromium chromium-driver)");
        String db = "jdbc:duckdb:" + folder.resolve("seed.duckdb");
        StringWriter err = new StringWriter();
        var cl = SitrepCli.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("ingest", Path.of("..", "examples", "albu-kamal.txt").toString(), "--published", "2017-11-13", "--db", db, "--threads", "2"), err.toString());
        store = Stores.open(db);
        processor = new PipelineProcessor(PipelineOptions.defaults().withThreads(2));
        server = new SitrepServer(store, processor, ServerOptions.loopback(0, Map.of(TOKEN, "ana")));
        base = "http://127.0.0.1:" + server.start();
        browser = Browser.start(folder.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (processor != null) processor.close();
        if (store != null) store.close();
    }

    private static JsonNode api(String path) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#incident-list tbody tr"));
    }

    private static void openMap(int expectedRows) {
        browser.get("about:blank"); // a fresh page, not a hash change that keeps the last test's filters
        browser.get(base + "/#/");
        waiting().until(d -> rows().size() == expectedRows);
    }

    @Test
    @Order(1)
    void the_seed_incidents_are_listed_and_drawn_as_markers_at_albu_kamal() throws Exception {
        int total = api("/api/incidents?limit=1000").get("count").asInt();
        assertTrue(total >= 5, "the example article yields several incidents, got " + total);
        openMap(total);
        waiting().until(d -> !d.findElements(By.cssSelector(".incident-marker, .marker-cluster")).isEmpty());
        // Many incidents share the town's coordinates: open clusters (again, if a redraw closed one) until single markers show.
        waiting().ignoring(WebDriverException.class).until(d -> {
            if (d.findElements(By.cssSelector(".incident-marker")).stream().anyMatch(m -> plain(m.getAttribute("title")).contains("albu kamal"))) return true;
            List<WebElement> clusters = d.findElements(By.cssSelector(".marker-cluster"));
            if (!clusters.isEmpty()) clusters.get(clusters.size() - 1).click();
            return false;
        });
        long atTown = browser.findElements(By.cssSelector(".incident-marker")).stream().filter(m -> plain(m.getAttribute("title")).contains("albu kamal")).count();
        assertTrue(atTown >= 3, "markers at Albu Kamal: " + atTown);
        // the shapes load on their own request: wait for them as for the markers (a run failed reading them too early)
        waiting().ignoring(WebDriverException.class).until(d -> !d.findElements(By.cssSelector(".leaflet-overlay-pane path")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector(".leaflet-overlay-pane path")).isEmpty(), "the country shapes are drawn");
        String shot = System.getProperty("sitrep.screenshot");
        if (shot != null) Files.write(Path.of(shot), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    @Order(2)
    void a_date_range_narrows_the_list_and_the_map() throws Exception {
        int total = api("/api/incidents?limit=1000").get("count").asInt();
        int later = api("/api/incidents?limit=1000&since=2017-11-12").get("count").asInt();
        assertTrue(later > 0 && later < total, later + " of " + total + " incidents from 2017-11-12 on");
        openMap(total);
        browser.executeScript("const f = document.getElementById('f-since'); f.value = '2017-11-12'; f.dispatchEvent(new Event('change'));");
        waiting().until(d -> rows().size() == later);
        assertTrue(browser.findElement(By.id("status")).getText().startsWith(later + " of " + total), browser.findElement(By.id("status")).getText());
        browser.findElement(By.id("brush-clear")).click();
        waiting().until(d -> rows().size() == total);

        // Dragging across the timeline's last day selects that day alone.
        String lastDay = browser.findElement(By.cssSelector("#timeline text[text-anchor='end']")).getText();
        int thatDay = api("/api/incidents?limit=1000&since=" + lastDay + "&until=" + lastDay).get("count").asInt();
        WebElement timeline = browser.findElement(By.id("timeline"));
        int half = timeline.getRect().getWidth() / 2;
        new Actions(browser).moveToElement(timeline, half - 6, 0).clickAndHold().moveByOffset(3, 0).release().perform();
        waiting().until(d -> rows().size() == thatDay);
        assertEquals(lastDay, browser.findElement(By.id("f-since")).getAttribute("value"));
        assertEquals(lastDay, browser.findElement(By.id("f-until")).getAttribute("value"));
    }

    @Test
    @Order(3)
    void an_incident_shows_its_evidence_and_an_analyst_corrects_the_toll_with_a_token_only() throws Exception {
        JsonNode items = api("/api/incidents?limit=1000").get("items");
        String id = items.get(0).get("id").asText();
        for (JsonNode i : items) if (!i.get("fatalities").get("best").isNull()) id = i.get("id").asText();
        JsonNode detail = api("/api/incidents/" + id);
        String sentence = detail.get("members").get(0).get("event").get("sentence").get("text").asText();
        int total = items.size();
        openMap(total);
        browser.findElement(By.cssSelector("#incident-list a[href='#/incident/" + id + "']")).click();
        String opened = id;
        waiting().until(d -> !d.findElements(By.cssSelector("#incident-title[data-id='" + opened + "']")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector(".event")).isEmpty());
        waiting().until(d -> d.findElements(By.cssSelector(".report-text mark")).stream().anyMatch(m -> m.getText().strip().equals(sentence.strip())));
        assertTrue(browser.findElement(By.cssSelector(".events")).getText().contains("Sources"));

        browser.findElement(By.id("edit-token")).clear();
        browser.findElement(By.id("edit-fatalities")).sendKeys("7");
        browser.findElement(By.id("edit-why")).sendKeys("hospital list");
        browser.findElement(By.id("edit-save")).click();
        waiting().until(d -> d.findElement(By.id("edit-result")).getText().contains("401"));
        assertTrue(browser.findElement(By.id("edit-result")).getText().contains("Authorization"), browser.findElement(By.id("edit-result")).getText());
        assertEquals(detail.get("fatalities").get("best").asText(), api("/api/incidents/" + id).get("fatalities").get("best").asText(), "nothing changed without a token");

        browser.findElement(By.id("edit-token")).sendKeys(TOKEN);
        browser.findElement(By.id("edit-save")).click();
        waiting().until(d -> !d.findElements(By.id("notice")).isEmpty());
        assertEquals("7", browser.findElement(By.id("incident-killed")).getText());
        List<WebElement> audit = browser.findElements(By.cssSelector(".audit-entry"));
        assertTrue(audit.stream().anyMatch(r -> r.getText().contains("ana") && r.getText().contains("\"fatalities\":7") && r.getText().contains("hospital list")),
                audit.stream().map(WebElement::getText).toList().toString());
    }

    @Test
    @Order(5)
    void a_report_page_lists_the_candidate_acts_left_out_with_why() throws Exception {
        String id = store.incidents(org.sitrep.store.EventQuery.all()).get(0).reportIds().iterator().next();
        JsonNode left = api("/api/reports/" + id).get("left_out");
        assertTrue(left.size() > 0, "the seed reads some acts as background: " + left);
        browser.get(base + "/#/report/" + id);
        waiting().until(d -> !d.findElements(By.cssSelector("#left-out li")).isEmpty());
        List<WebElement> items = browser.findElements(By.cssSelector("#left-out li"));
        assertEquals(left.size(), items.size());
        assertTrue(items.get(0).getText().contains(left.get(0).get("reason").asText()), items.get(0).getText());
        assertFalse(browser.findElements(By.cssSelector("#view-report mark.left-out")).isEmpty(), "their words are marked in the text");
    }

    @Test
    @Order(4)
    void markup_in_a_submitted_report_is_shown_as_text_and_never_runs() throws Exception {
        String text = "<script>window.__sitrepPwned = 1</script> Gunmen killed three villagers near Maiduguri on Sunday, police said."
                + " <img src=x onerror=\"window.__sitrepPwned = 2\"> <svg onload=\"window.__sitrepPwned = 3\"></svg>";
        String body = JSON.writeValueAsString(Map.of("id", "xss-1", "title", "<b onmouseover=alert(1)>Title</b>", "text", text, "published", "2020-03-02"));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/reports")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        browser.get(base + "/#/report/xss-1");
        waiting().until(d -> !d.findElements(By.cssSelector("#report-title[data-id='xss-1']")).isEmpty());
        String shown = browser.findElement(By.cssSelector("#view-report .report-text")).getText();
        assertTrue(shown.contains("<script>window.__sitrepPwned = 1</script>"), "the markup is shown as text: " + shown);
        assertEquals("<b onmouseover=alert(1)>Title</b>", browser.findElement(By.id("report-title")).getText());
        assertTrue(browser.findElements(By.cssSelector("main script, main img, main svg[onload], #report-title b")).isEmpty(), "no element was made from the report");
        assertEquals(Boolean.TRUE, browser.executeScript("return window.__sitrepPwned === undefined"), "no script from the report ran");
        JsonNode events = JSON.readTree(r.body()).get("reports").get(0).get("events");
        if (!events.isEmpty()) {
            String incident = api("/api/incidents?q=maiduguri").get("items").get(0).get("id").asText();
            browser.get(base + "/#/incident/" + incident);
            waiting().until(d -> !d.findElements(By.cssSelector("#incident-title[data-id='" + incident + "']")).isEmpty());
            waiting().until(d -> !d.findElements(By.cssSelector("#view-incident .report-text")).isEmpty());
            assertEquals(Boolean.TRUE, browser.executeScript("return window.__sitrepPwned === undefined"), "nor on the incident page");
        }
    }
}
