package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;

class HtmlReaderTest {
    private final HtmlReader reader = new HtmlReader(new HtmlPublishedDate(new PublishedDateParser(), new ObjectMapper()),
            new HtmlText(), Fixtures.finisher());

    private Report read(String resource) {
        return Fixtures.read(reader.read(Fixtures.input(resource, Fixtures.resource(resource))).get(0));
    }

    @Test
    void article_text_is_its_paragraphs_separated_by_blank_lines() {
        Report report = read("article.html");
        assertTrue(report.text().startsWith("NORTHTOWN (Reuters) - Fighting broke out"), report.text());
        assertTrue(report.text().contains("hills.\n\nThe army did not comment"));
    }

    @Test
    void navigation_scripts_asides_figures_and_footers_are_dropped() {
        String text = read("article.html").text();
        assertFalse(text.contains("Home"));
        assertFalse(text.contains("tracking"));
        assertFalse(text.contains("celebrity chef"));
        assertFalse(text.contains("earlier photo"));
        assertFalse(text.contains("Copyright"));
    }

    @Test
    void title_date_source_url_and_dateline_come_from_the_page() {
        Report report = read("article.html");
        assertEquals("Clashes reported near river crossing", report.title());
        assertEquals(LocalDate.of(2021, 3, 4), report.published()); // the publisher's day, not UTC's
        assertEquals("Example News", report.source());
        assertEquals("https://news.example.org/world/clashes-river-crossing", report.url());
        assertEquals("Northtown", report.dateline().place());
    }

    @Test
    void page_without_article_uses_the_largest_block_of_paragraphs_and_json_ld_date() {
        Report report = read("no-article.html");
        assertTrue(report.text().startsWith("A fire swept through the central market"), report.text());
        assertFalse(report.text().contains("Subscribe"));
        assertEquals(3, report.text().split("\n\n").length);
        assertEquals(LocalDate.of(2020, 7, 15), report.published());
        assertEquals("Market fire", report.title());
    }

    @Test
    void time_element_gives_the_date_when_meta_tags_are_missing() {
        String html = "<html><body><p>Posted <time datetime=\"2019-02-01\">Friday</time></p><p>" + Fixtures.ENGLISH + "</p></body></html>";
        Report report = Fixtures.read(reader.read(Fixtures.input("page.html", html)).get(0));
        assertEquals(LocalDate.of(2019, 2, 1), report.published());
    }

    @Test
    void page_without_text_is_a_failure() {
        ReadResult result = reader.read(Fixtures.input("empty.html", "<html><head><script>x()</script></head><body><nav>Home</nav></body></html>")).get(0);
        assertTrue(Fixtures.failure(result).contains("without readable text"));
    }
}
