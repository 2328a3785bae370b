package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * Splits a report into sentences: at the input's own breaks where it has them (one sentence a line),
 * else with CoreNLP's tokenizer and splitter. Paragraph breaks (blank lines) always end a sentence.
 */
public final class SentenceSplitter {
    private final StanfordCoreNLP splitter;

    public SentenceSplitter() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        this.splitter = new StanfordCoreNLP(p, false);
    }

    public List<Sentence> split(Report report) {
        String text = report.text();
        List<Sentence> out = new ArrayList<>();
        if (!report.sentenceBreaks().isEmpty()) {
            int start = 0;
            List<Integer> breaks = new ArrayList<>(report.sentenceBreaks());
            if (breaks.get(breaks.size() - 1) < text.length()) breaks.add(text.length());
            for (int end : breaks) {
                add(out, text, start, Math.min(end, text.length()));
                start = Math.min(end, text.length());
            }
            return out;
        }
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        boolean shouting = mostlyUpperCase(text);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            // in all-capitals copy (old wire services) every line looks like a headline: keep CoreNLP's sentences
            List<Integer> cuts = new ArrayList<>();
            if (!shouting) {
                cuts.addAll(headlineBreaks(text, start, end));
                cuts.addAll(letterBreaks(text, start, end));
                cuts = cuts.stream().distinct().sorted().toList();
            }
            for (int cut : cuts) {
                add(out, text, start, cut);
                start = cut;
            }
            add(out, text, start, end);
        }
        return out;
    }

    /**
     * Where a headline or a date line stands on its own line above the text ("Quake Hits Sumatra\nMay 3,
     * 2013\nA powerful quake..."), a single newline ends it, though CoreNLP breaks only at blank lines (one
     * newline is mostly a hard wrap inside a paragraph). A line counts as a headline when it ends without
     * sentence punctuation, the next line starts with a capital or a digit, and the line is short (at most six
     * words) or in title case (most words of four letters or more capitalized), which wrapped prose is not.
     */
    static List<Integer> headlineBreaks(String text, int start, int end) {
        List<Integer> cuts = new ArrayList<>();
        int lineStart = start;
        for (int i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
            String line = text.substring(lineStart, i).strip();
            int next = i + 1;
            while (next < end && Character.isWhitespace(text.charAt(next))) next++;
            if (!line.isEmpty() && next < end && headline(line) && (Character.isUpperCase(text.charAt(next)) || Character.isDigit(text.charAt(next)))) {
                cuts.add(next);
            }
            lineStart = i + 1;
        }
        return cuts;
    }

    // "said in a statement posted on X. Militants attacked ...": a lone capital after "on" or "via" names a platform, not a
    // person's initial ("spokesman K. Ahmed", "by J. Smith"), so its full stop ends the sentence; CoreNLP's tokenizer reads any
    // capital and stop as an initial
    private static final java.util.regex.Pattern LETTER_END = java.util.regex.Pattern.compile("\\b(on|via) \\p{Lu}\\.(\\s+)(?=\\p{Lu}\\p{Ll})");

    /** Where a lone capital letter after "on"/"via" ends a sentence ("posted on X. Militants"): the start of the next one. */
    static List<Integer> letterBreaks(String text, int start, int end) {
        List<Integer> cuts = new ArrayList<>();
        java.util.regex.Matcher m = LETTER_END.matcher(text).region(start, end);
        while (m.find()) cuts.add(m.end(2));
        return cuts;
    }

    private static boolean mostlyUpperCase(String text) {
        long upper = text.chars().filter(Character::isUpperCase).count();
        long lower = text.chars().filter(Character::isLowerCase).count();
        return upper > 4 * lower;
    }

    private static boolean headline(String line) {
        char last = line.charAt(line.length() - 1);
        if (".!?;:,\"'”’)-".indexOf(last) >= 0) return false;
        String[] words = line.split("\\s+");
        if (words.length <= 6) return true;
        int longWords = 0;
        int capitalized = 0;
        for (String w : words) {
            if (w.length() < 4) continue;
            longWords++;
            if (Character.isUpperCase(w.codePointAt(0)) && w.chars().anyMatch(Character::isLowerCase)) capitalized++;
        }
        return longWords > 0 && capitalized * 10 >= longWords * 6;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Sentence(out.size(), new Span(start, end), text.substring(start, end)));
    }
}
