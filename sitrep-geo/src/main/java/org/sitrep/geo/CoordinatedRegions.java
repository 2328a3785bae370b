package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "western states such as California or Washington", "Idaho, Oregon and Washington": names joined in one list
 * are things of one kind. When every name of the list is a first-level region of one country, and at least one
 * of them is nothing else of note (no town of 100,000 by that name), the list names regions: each name keeps
 * only its region. "Washington, New York and Boston" stays a list of cities (Boston is no region), and so does
 * "New York and Washington" (both are also great cities).
 */
final class CoordinatedRegions {
    private static final Pattern JOINER = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s(?:and|or|&)\\s)\\s*");
    private static final long NOTABLE_TOWN = 100_000;

    private CoordinatedRegions() {}

    static void apply(List<Mention> mentions, List<List<GazetteerEntry>> found, String text) {
        int i = 0;
        while (i < mentions.size()) {
            int end = i + 1;
            while (end < mentions.size() && joined(mentions.get(end - 1), mentions.get(end), text)) end++;
            if (end - i >= 2) restrict(found, i, end);
            i = end;
        }
    }

    private static boolean joined(Mention a, Mention b, String text) {
        if (a.sentenceIndex() != b.sentenceIndex() || b.span().start() < a.span().end()) return false;
        return JOINER.matcher(text.substring(a.span().end(), b.span().start())).matches();
    }

    private static void restrict(List<List<GazetteerEntry>> found, int from, int to) {
        String country = null;
        List<List<GazetteerEntry>> regions = new ArrayList<>();
        boolean anyOnlyRegion = false;
        for (int k = from; k < to; k++) {
            List<GazetteerEntry> own = found.get(k).stream().filter(e -> e.exact() && "ADM1".equals(e.featureCode())).toList();
            if (own.isEmpty()) return;
            String c = own.get(0).country();
            if (c == null || country != null && !country.equals(c) || own.stream().anyMatch(e -> !c.equals(e.country()))) return;
            country = c;
            regions.add(own);
            anyOnlyRegion |= found.get(k).stream().noneMatch(e -> e.exact() && "P".equals(e.featureClass()) && e.population() >= NOTABLE_TOWN);
        }
        if (!anyOnlyRegion) return;
        for (int k = from; k < to; k++) found.set(k, regions.get(k - from));
    }
}
