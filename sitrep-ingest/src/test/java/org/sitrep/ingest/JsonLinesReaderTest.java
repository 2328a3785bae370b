package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;

class JsonLinesReaderTest {
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final JsonLinesReader reader = new JsonLinesReader(json, new PublishedDateParser(), new TokenizedLineDetector(), Fixtures.finisher());

    private static String line(String fields) {
        return "{" + fields + ", \"text\": \"" + Fixtures.ENGLISH + "\"}";
    }

    @Test
    void each_line_is_a_report_with_its_fields() {
        String text = line("\"id\": \"a1\", \"published\": \"2017-11-13\", \"title\": \"Clash\", \"url\": \"https://x.example/1\", \"source\": \"Wire\", \"extra\": 5") + "\n"
                + line("\"id\": 42, \"published\": \"2018-01-02T23:50:00+03:00\"") + "\n";
        List<ReadResult> results = reader.read(Fixtures.input("reports.jsonl", text));
        assertEquals(2, results.size());
        Report first = Fixtures.read(results.get(0));
        assertEquals("a1", first.id());
        assertEquals(LocalDate.of(2017, 11, 13), first.published());
        assertEquals("Clash", first.title());
        assertEquals("https://x.example/1", first.url());
        assertEquals("Wire", first.source());
        assertEquals("reports.jsonl:1", first.origin());
        Report second = Fixtures.read(results.get(1));
        assertEquals("42", second.id());
        assertEquals(LocalDate.of(2018, 1, 2), second.published());
    }

    @Test
    void missing_id_comes_from_file_name_and_line_number() {
        String text = "\n" + line("\"published\": null");
        Report report = Fixtures.read(reader.read(Fixtures.input("batch.ndjson", text)).get(0));
        assertEquals("batch-2", report.id());
        assertNull(report.published());
        assertEquals("batch.ndjson:2", report.origin());
    }

    @Test
    void malformed_line_fails_with_file_and_line_and_the_rest_is_read() {
        String text = line("\"id\": \"ok1\"") + "\n{\"id\": \"bad\", \"text\": \n" + line("\"id\": \"ok3\"");
        List<ReadResult> results = reader.read(Fixtures.input("reports.jsonl", text));
        assertEquals(3, results.size());
        assertEquals("ok1", Fixtures.read(results.get(0)).id());
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, results.get(1));
        assertEquals("reports.jsonl:2", failed.input());
        assertTrue(failed.reason().startsWith("reports.jsonl line 2 is not valid JSON"), failed.reason());
        assertEquals("ok3", Fixtures.read(results.get(2)).id());
    }

    @Test
    void trailing_junk_after_a_record_is_a_malformed_line() {
        String text = line("\"id\": \"ok1\"") + " junk\n" + line("\"id\": \"ok2\"");
        List<ReadResult> results = reader.read(Fixtures.input("r.jsonl", text));
        assertInstanceOf(ReadResult.Failed.class, results.get(0));
        assertEquals("ok2", Fixtures.read(results.get(1)).id());
    }

    @Test
    void record_without_text_or_with_a_bad_date_fails_clearly() {
        String text = "{\"id\": \"x\"}\n" + line("\"id\": \"y\", \"published\": \"13/11/2017\"") + "\n[1, 2]";
        List<ReadResult> results = reader.read(Fixtures.input("r.jsonl", text));
        assertEquals("r.jsonl line 1 has no \"text\" to read.", Fixtures.failure(results.get(0)));
        assertTrue(Fixtures.failure(results.get(1)).contains("\"13/11/2017\" that is not a date"));
        assertEquals("r.jsonl line 3 is not a JSON object.", Fixtures.failure(results.get(2)));
    }

    @Test
    void a_single_pretty_printed_record_is_read_whole() {
        String text = "{\n  \"id\": \"p1\",\n  \"text\": \"" + Fixtures.ENGLISH + "\"\n}\n";
        List<ReadResult> results = reader.read(Fixtures.input("one.json", text));
        assertEquals(1, results.size());
        assertEquals("p1", Fixtures.read(results.get(0)).id());
    }

    @Test
    void tokenized_text_inside_a_record_keeps_its_line_breaks() {
        String text = "{\"id\": \"t1\", \"text\": \"first sentence here .\\nsecond sentence here .\\nthird sentence here .\"}";
        Report report = Fixtures.read(reader.read(Fixtures.input("t.jsonl", text)).get(0));
        assertEquals(List.of(21, 44, 66), report.sentenceBreaks());
    }
}
