package org.sitrep.model;

import java.util.List;

/** A report with its annotated sentences; offsets point into {@code report.text()}. */
public record AnnotatedReport(Report report, List<AnnotatedSentence> sentences, boolean truecased) {
    public AnnotatedReport {
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return report.text();
    }
}
