package org.sitrep.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.sitrep.model.Span;

/**
 * Finds time expressions in a piece of text with the patterns of {@link TimeLexicon}. Works on a lower-cased
 * copy, so "Thursday" and "thursday" are the same; overlapping matches keep the longest.
 */
final class TimexRecognizer {
    private final TimeLexicon lexicon;

    TimexRecognizer(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Mentions in {@code text}, whose first character is at {@code offset} of the report, in text order. */
    List<Mention> find(String text, int offset) {
        String lower = lowerKeepingLength(text);
        List<Mention> all = new ArrayList<>();
        List<TimexPattern> patterns = lexicon.patterns();
        for (int rule = 0; rule < patterns.size(); rule++) {
            TimexPattern p = patterns.get(rule);
            Matcher m = p.pattern().matcher(lower);
            while (m.find()) {
                if (m.end() == m.start()) continue;
                Map<String, String> groups = new HashMap<>();
                for (String name : p.pattern().namedGroups().keySet()) {
                    String g = m.group(name);
                    if (g != null) groups.put(name, TimeLexicon.normalizeSpaces(g));
                }
                all.add(new Mention(p.kind(), p.type(), new Span(offset + m.start(), offset + m.end()), text.substring(m.start(), m.end()), groups));
            }
        }
        // Longest first; on ties the earlier rule (patterns.tsv order) wins.
        all.sort(Comparator.comparingInt((Mention x) -> -x.span().length()));
        List<Mention> kept = new ArrayList<>();
        for (Mention candidate : all) {
            boolean free = kept.stream().noneMatch(k -> k.span().overlaps(candidate.span()));
            if (free) kept.add(candidate);
        }
        kept.sort(Comparator.comparing(Mention::span));
        return kept;
    }

    // Character-wise lower case keeps every offset where it was (String.toLowerCase may not).
    private static String lowerKeepingLength(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) chars[i] = Character.toLowerCase(chars[i]);
        return new String(chars);
    }
}
