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

    /** Tokens from which a sentence without final punctuation still counts as prose (headlines are shorter). */
    public static final int MIN_UNPUNCTUATED_PROSE = 12;
    /** How many heading lines may stand above a report's first prose sentence. */
    public static final int MAX_HEADING_LINES = 2;
    /** The prose sentences that make a news report's lead: they tell the happening the report is about. */
    public static final int LEAD_SENTENCES = 3;

    /**
     * The index just after the report's lead: its first {@code prose} sentences, not counting up to
     * {@link #MAX_HEADING_LINES} heading lines among them (a headline, a date line), so a report that opens
     * with "Quake Hits Sumatra / May 3, 2013" still has its first sentences of news in the lead.
     */
    public int leadEnd(int prose) {
        int headings = 0;
        for (AnnotatedSentence s : sentences) {
            if (s.index() >= prose + headings) break;
            if (!prose(s) && headings < MAX_HEADING_LINES) headings++;
        }
        return prose + headings;
    }

    /** Prose ends as a sentence does ("markets reopened ."); a headline or a date line does not, and is short. */
    private static boolean prose(AnnotatedSentence s) {
        String t = s.text().strip();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        return ".!?\"'”’)".indexOf(last) >= 0 || s.tokens().size() >= MIN_UNPUNCTUATED_PROSE;
    }
}
