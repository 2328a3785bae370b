package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Report;

class ReportSourceTest {
    @TempDir
    Path dir;

    private final ReportSource source = new ReportSource(IngestOptions.defaults());

    private List<ReadResult> read(String... inputs) {
        return source.read(List.of(inputs)).toList();
    }

    private String write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private String write(String name, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
        return path.toString();
    }

    private static String onlyFailure(List<ReadResult> results) {
        assertEquals(1, results.size(), results.toString());
        return Fixtures.failure(results.get(0));
    }

    @Test
    void missing_file_fails_and_names_the_path() {
        String missing = dir.resolve("nope.txt").toString();
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, read(missing).get(0));
        assertEquals(missing, failed.input());
        assertEquals(missing + " does not exist; check the path.", failed.reason());
    }

    @Test
    void empty_and_whitespace_only_files_fail() throws IOException {
        assertTrue(onlyFailure(read(write("empty.txt", ""))).endsWith("empty.txt is empty."));
        assertTrue(onlyFailure(read(write("blank.txt", " \n\t\n"))).endsWith("blank.txt holds only whitespace."));
    }

    @Test
    void binary_files_fail() throws IOException {
        String withNul = write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertTrue(onlyFailure(read(withNul)).contains("looks like a binary file (it holds a NUL byte at offset 4)"));
        byte[] control = new byte[200];
        for (int i = 0; i < control.length; i++) control[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        assertTrue(onlyFailure(read(write("data.bin", control))).contains("looks like a binary file (mostly control characters)"));
    }

    @Test
    void invalid_utf8_fails_with_the_byte_offset_instead_of_being_replaced() throws IOException {
        byte[] latin1 = "Caf\u00e9 bombing".getBytes(StandardCharsets.ISO_8859_1);
        String reason = onlyFailure(read(write("latin1.txt", latin1)));
        assertTrue(reason.contains("latin1.txt is not valid UTF-8 (bad byte at offset 3)"), reason);
    }

    @Test
    void file_over_the_limit_fails_with_its_size_and_the_limit() throws IOException {
        ReportSource small = new ReportSource(new IngestOptions(null, 100));
        String big = write("big.txt", Fixtures.ENGLISH);
        String reason = onlyFailure(small.read(List.of(big)).toList());
        int size = Fixtures.ENGLISH.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(reason.contains("is too large (" + size + " bytes; the limit is 100 bytes)"), reason);
    }

    @Test
    void text_that_is_clearly_not_english_fails() throws IOException {
        String spanish = "Las fuerzas de seguridad informaron el jueves que varias personas murieron en un ataque contra una "
                + "estación de policía en el norte del país. Según un funcionario local, los atacantes llegaron en motocicletas "
                + "y abrieron fuego contra los agentes antes de huir hacia la frontera. El gobierno condenó el ataque.";
        assertTrue(onlyFailure(read(write("es.txt", spanish))).endsWith("es.txt is not English (sitrep reads English reports)."));
    }

    @Test
    void xml_that_is_not_a_feed_fails() throws IOException {
        String xml = write("config.xml", "<?xml version=\"1.0\"?><settings><depth>3</depth></settings>");
        assertTrue(onlyFailure(read(xml)).contains("is XML but not an RSS or Atom feed"));
    }

    @Test
    void a_bad_input_does_not_stop_the_good_ones() throws IOException {
        String good = write("good.txt", Fixtures.ENGLISH);
        List<ReadResult> results = read(dir.resolve("missing.txt").toString(), good);
        assertEquals(2, results.size());
        assertInstanceOf(ReadResult.Failed.class, results.get(0));
        assertEquals(Fixtures.ENGLISH, Fixtures.read(results.get(1)).text());
    }

    @Test
    void folders_are_walked_recursively_in_order_skipping_hidden_files() throws IOException {
        write("in/b.txt", Fixtures.ENGLISH + " B.");
        write("in/a/z.txt", Fixtures.ENGLISH + " Z.");
        write("in/.hidden.txt", Fixtures.ENGLISH + " H.");
        write("in/.git/config.txt", Fixtures.ENGLISH + " G.");
        write("in/c.jsonl", "{\"id\": \"c1\", \"text\": \"" + Fixtures.ENGLISH + "\"}\n");
        List<String> origins = read(dir.resolve("in").toString()).stream().map(r -> Fixtures.read(r).origin()).toList();
        String in = dir.resolve("in").toString();
        assertEquals(List.of(in + "/a/z.txt", in + "/b.txt", in + "/c.jsonl:1"), origins);
    }

    @Test
    void empty_folder_fails() throws IOException {
        Files.createDirectories(dir.resolve("nothing"));
        assertTrue(onlyFailure(read(dir.resolve("nothing").toString())).endsWith("holds no files to read."));
    }

    @Test
    void standard_input_is_sniffed_like_a_file() {
        String jsonl = "{\"id\": \"s1\", \"text\": \"" + Fixtures.ENGLISH + "\"}\n{\"id\": \"s2\", \"text\": \"" + Fixtures.ENGLISH + "\"}\n";
        ReportSource stdin = new ReportSource(IngestOptions.defaults(), () -> new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
        List<ReadResult> results = stdin.read(List.of("-")).toList();
        assertEquals(List.of("s1", "s2"), results.stream().map(r -> Fixtures.read(r).id()).toList());
        assertEquals("standard input:1", Fixtures.read(results.get(0)).origin());
    }

    @Test
    void standard_input_over_the_limit_fails() {
        ReportSource stdin = new ReportSource(new IngestOptions(null, 10), () -> new ByteArrayInputStream(new byte[50]));
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, stdin.read(List.of("-")).toList().get(0));
        assertEquals("standard input", failed.input());
        assertTrue(failed.reason().contains("too large (more than 10 bytes; the limit is 10 bytes)"), failed.reason());
    }

    @Test
    void published_option_wins_over_the_record_date() throws IOException {
        ReportSource dated = new ReportSource(new IngestOptions(LocalDate.of(2020, 1, 1), IngestOptions.DEFAULT_MAX_BYTES));
        String file = write("r.jsonl", "{\"id\": \"x\", \"published\": \"2017-11-13\", \"text\": \"" + Fixtures.ENGLISH + "\"}");
        Report report = Fixtures.read(dated.read(List.of(file)).toList().get(0));
        assertEquals(LocalDate.of(2020, 1, 1), report.published());
    }

    @Test
    void html_without_extension_is_sniffed_by_content() throws IOException {
        String page = write("page", "<!DOCTYPE html><html><head><title>T</title></head><body><p>" + Fixtures.ENGLISH + "</p></body></html>");
        Report report = Fixtures.read(read(page).get(0));
        assertEquals("T", report.title());
        assertEquals(Fixtures.ENGLISH, report.text());
    }

    @Test
    void utf8_byte_order_mark_is_not_part_of_the_text() throws IOException {
        byte[] body = Fixtures.ENGLISH.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(Fixtures.ENGLISH, Fixtures.read(read(write("bom.txt", withBom)).get(0)).text());
    }
}
