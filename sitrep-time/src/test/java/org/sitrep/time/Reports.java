package org.sitrep.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/** Test helper: annotated reports from whitespace-tokenized sentences with a few hand-tagged parts of speech. */
final class Reports {
    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("said", "VBD"), Map.entry("says", "VBZ"), Map.entry("was", "VBD"), Map.entry("were", "VBD"),
            Map.entry("had", "VBD"), Map.entry("has", "VBZ"), Map.entry("have", "VBP"), Map.entry("is", "VBZ"),
            Map.entry("are", "VBP"), Map.entry("will", "MD"), Map.entry("would", "MD"), Map.entry("killed", "VBN"),
            Map.entry("been", "VBN"), Map.entry("resume", "VB"), Map.entry("meet", "VB"), Map.entry("held", "VBD"),
            Map.entry("left", "VBD"), Map.entry("entered", "VBD"), Map.entry("hit", "VBD"), Map.entry("begin", "VB"),
            Map.entry("may", "MD"), Map.entry("fled", "VBD"), Map.entry("took", "VBD"), Map.entry("fell", "VBD"),
            Map.entry("close", "VB"), Map.entry("began", "VBD"), Map.entry("withdraw", "VB"), Map.entry("bought", "VBD"),
            Map.entry("expected", "VBN"), Map.entry("pay", "VB"));

    private Reports() {}

    /** One sentence per string; each sentence's tokens are its space-separated words. */
    static AnnotatedReport of(LocalDate published, String... sentences) {
        return withTimexes(published, List.of(), sentences);
    }

    /** As {@link #of}, with raw SUTime-style expressions found by quoted text in the first sentence: {text, type, value}. */
    static AnnotatedReport withTimexes(LocalDate published, List<String[]> timexes, String... sentences) {
        String text = String.join(" ", sentences);
        List<AnnotatedSentence> annotated = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < sentences.length; i++) {
            String s = sentences[i];
            List<Token> tokens = new ArrayList<>();
            int at = 0;
            for (String word : s.split(" ")) {
                int start = s.indexOf(word, at);
                at = start + word.length();
                tokens.add(new Token(tokens.size(), word, word, lemma(word), tag(word), "O", new Span(offset + start, offset + at)));
            }
            List<TimeExpression> raw = new ArrayList<>();
            if (i == 0) {
                for (String[] t : timexes) {
                    int start = s.indexOf(t[0]);
                    raw.add(new TimeExpression(new Span(offset + start, offset + start + t[0].length()), t[0], i, t[1], t[2], null));
                }
            }
            annotated.add(new AnnotatedSentence(new Sentence(i, new Span(offset, offset + s.length()), s), tokens, List.of(), List.of(), raw, true));
            offset += s.length() + 1;
        }
        return new AnnotatedReport(Report.of("test", text, published), annotated, false);
    }

    /** The value {@code resolver} gives the first expression written {@code text}, or a message listing what it found. */
    static String valueOf(TimeResolver resolver, AnnotatedReport report, String text) {
        return resolver.expressions(report).stream().filter(e -> e.text().equalsIgnoreCase(text)).map(TimeExpression::value)
                .findFirst().orElse("(not found: " + resolver.expressions(report) + ")");
    }

    /** The span of the first occurrence of {@code word} in the report's text. */
    static Span spanOf(AnnotatedReport report, String word) {
        int start = report.text().indexOf(word);
        if (start < 0) throw new IllegalArgumentException(word + " not in " + report.text());
        return new Span(start, start + word.length());
    }

    private static String tag(String word) {
        String w = word.toLowerCase();
        if (TAGS.containsKey(w)) return TAGS.get(w);
        if (w.endsWith("ed")) return "VBD";
        if (!Character.isLetter(w.charAt(0))) return w;
        return "NN";
    }

    private static String lemma(String word) {
        String w = word.toLowerCase();
        return switch (w) {
            case "said", "says" -> "say";
            case "was", "were", "is", "are", "been" -> "be";
            case "began" -> "begin";
            case "scheduled" -> "schedule";
            case "planned" -> "plan";
            default -> w;
        };
    }
}
