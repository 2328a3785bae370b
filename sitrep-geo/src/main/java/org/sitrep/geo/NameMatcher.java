package org.sitrep.geo;


/**
 * Scores how well a looked-up name matches an entry's names: 1.0 for the same letters, 0.95 for the
 * same folded key, and below 0.9 for a fuzzy match by edit distance on folded keys.
 */
final class NameMatcher {
    static final double PLAIN = 1.0;
    static final double ALTERNATE = 0.85;
    static final double FOLDED = 0.93;
    static final double FUZZY_CEILING = 0.85;

    private final NameFolder folder;

    NameMatcher(NameFolder folder) {
        this.folder = folder;
    }

    /** The query after folding, with its plain form. */
    record Query(String plain, String key) {}

    /** A scored match; score 0 means no match. */
    record Match(double score, boolean exact) {
        static final Match NONE = new Match(0, false);
    }

    Query query(String name) {
        return new Query(folder.plain(name), folder.fold(name));
    }

    /** Edits allowed for a key of this length: short names must match exactly. */
    static int allowedEdits(int length) {
        if (length <= 4) return 0;
        if (length <= 8) return 1;
        return 2;
    }

    /** An exact match on a primary name beats one on an alternate name. */
    Match match(Query query, java.util.List<String> primary, java.util.List<String> alternates) {
        Match best = Match.NONE;
        int n = primary.size();
        for (int i = 0; i < n + alternates.size(); i++) {
            Match m = match(query, i < n ? primary.get(i) : alternates.get(i - n));
            if (i >= n && m.score() >= FOLDED) m = new Match(ALTERNATE, true);
            if (m.score() > best.score()) best = m;
            if (best.score() >= PLAIN) break;
        }
        return best;
    }

    Match match(Query query, String name) {
        if (query.key().isEmpty()) return Match.NONE;
        String plain = folder.plain(name);
        if (plain.equals(query.plain())) return new Match(PLAIN, true);
        return matchKey(query, folder.fold(name));
    }

    Match matchKey(Query query, String key) {
        if (key.equals(query.key())) return new Match(FOLDED, true);
        int allowed = allowedEdits(Math.min(key.length(), query.key().length()));
        if (allowed == 0 || Math.abs(key.length() - query.key().length()) > allowed) return Match.NONE;
        int d = distance(query.key(), key, allowed);
        if (d > allowed) return Match.NONE;
        return new Match(FUZZY_CEILING * (1.0 - (double) d / Math.max(key.length(), query.key().length())), false);
    }

    /** Levenshtein distance, giving up (returning limit + 1) once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) return limit + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
