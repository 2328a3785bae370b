package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises text that already has one sentence a line (tokenized wire copy such as
 * "... a war monitor said on monday ." or a list of whole sentences) and gives the offset where each
 * line's sentence ends, so the annotator keeps the breaks the input made. Hard-wrapped prose (lines
 * end mid-sentence) and one paragraph a line (several sentences a line) give no breaks.
 */
final class TokenizedLineDetector {
    private static final int MIN_LINES = 3;
    /** Tokenized copy: sentence punctuation set off by a space at the end of the line. */
    private static final Pattern SPACED_END = Pattern.compile(".*\\s[.?!](?:\\s+(?:''|\"|'|”|’|\\)|\\]))*$");
    private static final double SPACED_SHARE = 0.6;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!][\"'’”)\\]]*$");
    /** A sentence end followed by a capitalised word inside the line: the line holds two sentences. */
    private static final Pattern INNER_BOUNDARY = Pattern.compile("\\p{Ll}{2}[.?!][\"'’”)]*\\s+[\"“'(]?\\p{Lu}");
    private static final double WHOLE_SHARE = 0.8;

    /** End offsets (exclusive, trailing blanks left out) of every non-blank line, or empty for prose. */
    List<Integer> sentenceBreaks(String text) {
        List<int[]> lines = contentLines(text);
        if (lines.size() < MIN_LINES) return List.of();
        int spaced = 0;
        int whole = 0;
        for (int[] line : lines) {
            String content = text.substring(line[0], line[1]);
            if (SPACED_END.matcher(content).matches()) spaced++;
            if (SENTENCE_END.matcher(content).matches() && !INNER_BOUNDARY.matcher(content).find()) whole++;
        }
        boolean oneSentenceALine = spaced >= SPACED_SHARE * lines.size() || whole >= WHOLE_SHARE * lines.size();
        if (!oneSentenceALine) return List.of();
        List<Integer> breaks = new ArrayList<>(lines.size());
        for (int[] line : lines) breaks.add(line[1]);
        return breaks;
    }

    /** [start, end) of each line that holds more than whitespace, with surrounding blanks trimmed. */
    private static List<int[]> contentLines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) lines.add(new int[] {s, e});
            if (newline < 0) break;
            start = newline + 1;
        }
        return lines;
    }
}
