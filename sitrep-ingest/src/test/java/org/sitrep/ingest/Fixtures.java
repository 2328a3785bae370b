package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Shared wiring and fixture loading for the reader tests. */
final class Fixtures {
    private Fixtures() {}

    static ReportFinisher finisher() {
        return finisher(null);
    }

    static ReportFinisher finisher(LocalDate override) {
        return new ReportFinisher(override, new DatelineDetector(), new EnglishCheck(), new ContentHashId());
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LoadedInput input(String name, String text) {
        int dot = name.lastIndexOf('.');
        return new LoadedInput(name, dot > 0 ? name.substring(0, dot) : name, dot > 0 ? name.substring(dot + 1) : "", text);
    }

    static org.sitrep.model.Report read(ReadResult result) {
        if (result instanceof ReadResult.Read read) return read.report();
        throw new AssertionError("expected a report but got " + result);
    }

    static String failure(ReadResult result) {
        if (result instanceof ReadResult.Failed failed) return failed.reason();
        throw new AssertionError("expected a failure but got " + result);
    }

    /** About sixty words of plain English news prose, written for these tests. */
    static final String ENGLISH = "Government forces and fighters from an armed group clashed on Monday near a village in the east of the "
            + "country, residents said. They said the fighting lasted for several hours and that at least three people were killed. "
            + "The army said it had pushed the fighters back across the river and was searching the area for weapons.";
}
