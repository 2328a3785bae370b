package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;

class FeedReaderTest {
    private final FeedReader reader = new FeedReader(new PublishedDateParser(), new HtmlText(), Fixtures.finisher());

    private List<ReadResult> read(String resource) {
        return reader.read(Fixtures.input(resource, Fixtures.resource(resource)));
    }

    @Test
    void rss_gives_one_report_per_item() {
        List<ReadResult> results = read("feed.rss");
        assertEquals(2, results.size());
        Report first = Fixtures.read(results.get(0));
        assertEquals("Bridge closed after blast", first.title());
        assertEquals("https://wire.example.org/bridge-closed", first.url());
        assertEquals("https://wire.example.org/id/1001", first.id());
        assertEquals("Example Wire", first.source());
        assertEquals("feed.rss#1", first.origin());
    }

    @Test
    void html_description_becomes_paragraphs_of_text() {
        Report first = Fixtures.read(read("feed.rss").get(0));
        assertEquals("A blast damaged a road bridge on Tuesday, police said.\n\nTraffic was sent through the old town.", first.text());
    }

    @Test
    void item_date_is_the_day_as_written_not_shifted_to_utc() {
        assertEquals(LocalDate.of(2021, 3, 2), Fixtures.read(read("feed.rss").get(0)).published());
        assertEquals(LocalDate.of(2021, 3, 3), Fixtures.read(read("feed.rss").get(1)).published());
    }

    @Test
    void item_without_guid_is_known_by_its_link() {
        assertEquals("https://wire.example.org/curfew-lifted", Fixtures.read(read("feed.rss").get(1)).id());
    }

    @Test
    void atom_entry_content_date_and_link_are_read() {
        Report entry = Fixtures.read(read("feed.atom").get(0));
        assertEquals("An aid convoy of twenty trucks reached the city on Thursday, the United Nations said.", entry.text());
        assertEquals(LocalDate.of(2022, 5, 5), entry.published());
        assertEquals("https://desk.example.org/aid-convoy", entry.url());
        assertEquals("urn:example:desk:77", entry.id());
    }

    @Test
    void broken_feed_is_a_failure_naming_the_input() {
        List<ReadResult> results = reader.read(Fixtures.input("broken.rss", "<rss><channel><item><title>x</channel>"));
        assertTrue(Fixtures.failure(results.get(0)).startsWith("broken.rss is not a readable RSS or Atom feed"));
    }
}
