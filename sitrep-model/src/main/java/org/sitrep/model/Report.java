package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One news report as read. {@code published} may be null: the report is still processed and its
 * relative dates stay unresolved. {@code sentenceBreaks} holds offsets where the input itself marks a
 * sentence end (one sentence a line in tokenized wire copy); empty when the text is running prose.
 */
public record Report(
        String id,
        String title,
        String text,
        LocalDate published,
        String source,
        String url,
        Dateline dateline,
        List<Integer> sentenceBreaks,
        String origin) {
    public Report {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("report needs an id");
        if (text == null) throw new IllegalArgumentException("report " + id + " has no text");
        sentenceBreaks = sentenceBreaks == null ? List.of() : List.copyOf(sentenceBreaks);
    }

    public static Report of(String id, String text, LocalDate published) {
        return new Report(id, null, text, published, null, null, null, List.of(), null);
    }

    public Report withPublished(LocalDate date) {
        return new Report(id, title, text, date, source, url, dateline, sentenceBreaks, origin);
    }

    public Report withDateline(Dateline d) {
        return new Report(id, title, text, published, source, url, d, sentenceBreaks, origin);
    }

    /** The place and agency at the head of a wire story, e.g. "AMMAN (Reuters) -". */
    public record Dateline(String place, String agency, Span span) {}
}
