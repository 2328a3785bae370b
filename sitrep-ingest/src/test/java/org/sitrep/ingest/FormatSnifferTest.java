package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sitrep.model.SitrepException;

class FormatSnifferTest {
    private final FormatSniffer sniffer = new FormatSniffer();

    private InputFormat sniff(String name, String text) {
        return sniffer.sniff(Fixtures.input(name, text));
    }

    @Test
    void known_extensions_decide_the_format() {
        assertEquals(InputFormat.HTML, sniff("a.htm", "plain words"));
        assertEquals(InputFormat.JSON_LINES, sniff("a.ndjson", "{}"));
        assertEquals(InputFormat.FEED, sniff("a.atom", "<feed/>"));
        assertEquals(InputFormat.TEXT, sniff("a.txt", "<html><body>x</body></html>"));
    }

    @Test
    void content_decides_when_the_extension_does_not() {
        assertEquals(InputFormat.HTML, sniff("stdin", "  <!doctype html><html></html>"));
        assertEquals(InputFormat.FEED, sniff("news.xml", "<?xml version=\"1.0\"?>\n<!-- a feed -->\n<rss version=\"2.0\"><channel/></rss>"));
        assertEquals(InputFormat.FEED, sniff("stdin", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>"));
        assertEquals(InputFormat.JSON_LINES, sniff("data.json", "{\"text\": \"x\"}"));
        assertEquals(InputFormat.TEXT, sniff("story", "Fighting broke out on Monday."));
    }

    @Test
    void xml_that_is_not_a_feed_is_refused() {
        SitrepException e = assertThrows(SitrepException.class, () -> sniff("x.xml", "<?xml version=\"1.0\"?><settings/>"));
        assertEquals(SitrepException.Category.INPUT, e.category());
    }
}
