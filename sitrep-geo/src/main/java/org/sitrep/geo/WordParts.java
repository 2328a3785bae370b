package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Toponyms inside one token, for the full geoparse: countries joined by hyphens ("US-China", "DPRK-U.S.": every
 * part must be a country, so "Coca-Cola" holds none), adjectives of countries and continents in hyphenated words
 * ("anti-Russian", "Russian-European"), and a continent's own adjective ("European airlines"). Each part is its
 * own toponym.
 */
final class WordParts {
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}]+");
    private static final Map<String, String> CONTINENT_DEMONYMS = WordList.readPairs("continent-demonyms.tsv").stream()
            .collect(Collectors.toMap(p -> p[0], p -> p[1]));

    private WordParts() {}

    /** The continent an adjective names ("european" → "Europe"), or null. */
    static String continentOfDemonym(String word) {
        return CONTINENT_DEMONYMS.get(word.toLowerCase(Locale.ROOT));
    }

    static List<Mention> in(AnnotatedSentence s, Token t, Predicate<String> demonym, Predicate<String> country) {
        String word = t.word();
        List<Mention> out = new ArrayList<>();
        boolean hyphenated = word.indexOf('-') > 0;
        if (hyphenated) {
            String[] parts = word.split("-");
            boolean allCountries = parts.length >= 2;
            for (String p : parts) allCountries &= !p.isEmpty() && Character.isUpperCase(p.codePointAt(0)) && country.test(p);
            if (allCountries) {
                int at = 0;
                for (String p : parts) {
                    int start = word.indexOf(p, at);
                    out.add(new Mention(new Span(t.span().start() + start, t.span().start() + start + p.length()), p, s.index(),
                            Mention.Cue.PLACE, false, true, false, false));
                    at = start + p.length();
                }
                return out;
            }
        }
        Matcher m = LETTERS.matcher(word);
        while (m.find()) {
            String part = m.group();
            boolean whole = part.length() == word.length();
            if (!Character.isUpperCase(part.codePointAt(0)) || whole && !adjective(t)) continue;
            if ((hyphenated && demonym.test(part)) || continentOfDemonym(part) != null) {
                Span span = new Span(t.span().start() + m.start(), t.span().start() + m.end());
                out.add(Mention.adjective(span, part, s.index(), false));
            }
        }
        return out;
    }

    /**
     * "DPRK-U.S. summit", "US-China talks" as the tokenizer splits them: country names joined by hyphens with no
     * space, each a country by one of its names; from {@code i} on, none taken yet. Empty when it is anything else.
     */
    static List<Mention> hyphenedCountries(AnnotatedSentence s, List<Token> tokens, int i, boolean[] taken, Predicate<String> country) {
        List<Mention> out = new ArrayList<>();
        int k = i;
        while (k < tokens.size() && !taken[k] && Character.isUpperCase(tokens.get(k).word().codePointAt(0)) && country.test(tokens.get(k).word())) {
            Token t = tokens.get(k);
            out.add(new Mention(t.span(), t.word(), s.index(), Mention.Cue.PLACE, false, true, false, false));
            boolean joined = k + 2 < tokens.size() && tokens.get(k + 1).word().equals("-")
                    && tokens.get(k + 1).span().start() == t.span().end() && tokens.get(k + 2).span().start() == tokens.get(k + 1).span().end();
            if (!joined) break;
            k += 2;
        }
        return out.size() >= 2 ? out : List.of();
    }

    static boolean adjective(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        return pos.startsWith("JJ") || pos.startsWith("NNP") || "NATIONALITY".equals(t.ner()) || "MISC".equals(t.ner());
    }
}
