package org.sitrep.geo;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * Runs of tokens that look like a proper name, and the longest prefix of a run the gazetteer knows: what the finder reads
 * after a place cue. Kept apart from {@link ToponymFinder}, which decides what a run is (a place, a person, a name).
 */
final class NameRuns {
    private final Gazetteer gazetteer;
    private final PlaceCues cues;
    private final Set<String> functionWords;
    private final int maxNameTokens;

    NameRuns(Gazetteer gazetteer, PlaceCues cues, Set<String> functionWords, int maxNameTokens) {
        this.gazetteer = gazetteer;
        this.cues = cues;
        this.functionWords = functionWords;
        this.maxNameTokens = maxNameTokens;
    }

    /**
     * Whether a known name would end inside a hyphenated word ("Killed In Hit-And-Run": Hīt, Iraq, is no place there). A
     * title-case headline capitalizes every word of a compound; a place joined to another place ("Gaza-Israel") is no cut.
     */
    boolean cutInCompound(List<Token> tokens, List<String> words, int end) {
        if (end + 1 >= tokens.size() || !words.get(end).equals("-")) return false;
        if (tokens.get(end).span().start() != tokens.get(end - 1).span().end() || tokens.get(end + 1).span().start() != tokens.get(end).span().end()) return false;
        return longestKnown(tokens, end + 1, 1) == 0;
    }

    /** The longest prefix of the run (in tokens) that the gazetteer knows by an exact name, or 0. */
    int longestKnown(List<Token> tokens, int start, int run) {
        // hyphens joining a name's parts ("Mazar - i - Sharif") are no words of it: two of them may come on top
        for (int len = Math.min(run, maxNameTokens + 2); len >= 1; len--) {
            if (words(tokens, start, len) > maxNameTokens) continue;
            if (tokens.get(start + len - 1).word().equals("-")) continue; // no name ends in its hyphen ("Qasra-")
            String text = ToponymFinder.joined(tokens, start, start + len);
            if (cues.isNotPlace(text)) continue;
            if (gazetteer.knows(text)) return len;
        }
        return 0;
    }

    /** How many of the {@code len} tokens from {@code start} are words, not the hyphens between a name's parts. */
    static int words(List<Token> tokens, int start, int len) {
        int n = 0;
        for (int k = start; k < start + len; k++) if (!tokens.get(k).word().equals("-")) n++;
        return n;
    }

    /** How many tokens from {@code i} look like a proper name (capitalized or tagged NNP). */
    int nameRun(List<Token> tokens, List<String> words, boolean[] taken, int i) {
        int n = 0;
        while (i + n < tokens.size() && n < maxNameTokens + 2 && !taken[i + n]) {
            int k = i + n;
            boolean hyphenInName = words.get(k).equals("-") && n > 0 && k + 1 < tokens.size() && !taken[k + 1]
                    && (nameLike(tokens.get(k + 1), words.get(k + 1)) || joinedParticle(tokens, words, k + 1))
                    && tokens.get(k).span().start() == tokens.get(k - 1).span().end();
            // "Mazar-i-Sharif", "Bandar-e-Abbas": a lower-case particle between two hyphens inside one name
            boolean particle = n > 1 && words.get(k - 1).equals("-") && joinedParticle(tokens, words, k);
            // "al-Tijara", "ad-Dana": a transliterated article joined by a hyphen to a capitalized name
            boolean article = ARTICLE_PREFIXES.contains(words.get(k)) && k + 2 < tokens.size() && words.get(k + 1).equals("-")
                    && tokens.get(k + 1).span().start() == tokens.get(k).span().end() && nameLike(tokens.get(k + 2), words.get(k + 2));
            if (!(hyphenInName || article || particle || nameLike(tokens.get(k), words.get(k)))) break;
            n++;
        }
        return n;
    }

    /** Whether token {@code k} is a particle joined by hyphens on both sides to a name that goes on ("i" in "Mazar-i-Sharif"). */
    private boolean joinedParticle(List<Token> tokens, List<String> words, int k) {
        return PARTICLES.contains(words.get(k)) && k + 2 < tokens.size() && words.get(k + 1).equals("-")
                && tokens.get(k).span().start() == tokens.get(k - 1).span().end() && tokens.get(k + 1).span().start() == tokens.get(k).span().end()
                && tokens.get(k + 2).span().start() == tokens.get(k + 1).span().end() && nameLike(tokens.get(k + 2), words.get(k + 2));
    }

    private static final Set<String> PARTICLES = Set.of("i", "e", "ul", "ud", "al", "el", "ad", "ed", "bin", "ibn", "de", "du", "da", "la", "sur", "ye");

    private static final Set<String> ARTICLE_PREFIXES = Set.of("al", "el", "ad", "ash", "as", "at", "an", "ar", "az", "ed", "en", "er", "es", "et", "ul");

    boolean nameLike(Token t, String lower) {
        if (functionWords.contains(lower) || cues.isAdminTerm(lower) || !Character.isLetter(lower.codePointAt(0))) return false;
        String cased = t.cased() == null ? t.word() : t.cased();
        return Character.isUpperCase(cased.codePointAt(0)) || (t.pos() != null && t.pos().startsWith("NNP"));
    }
}
