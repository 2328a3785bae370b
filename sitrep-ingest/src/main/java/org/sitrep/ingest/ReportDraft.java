package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * A report as a reader found it, before the shared finishing steps (id, dateline, date override,
 * language check). {@code id}, {@code title}, {@code published}, {@code source} and {@code url} may
 * be null; {@code origin} names the input and, where there is one, the line or entry.
 */
record ReportDraft(String id, String title, String text, LocalDate published, String source, String url,
        List<Integer> sentenceBreaks, String origin) {

    static ReportDraft ofText(String text, List<Integer> sentenceBreaks, String origin) {
        return new ReportDraft(null, null, text, null, null, null, sentenceBreaks, origin);
    }
}
