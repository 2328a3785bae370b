package org.sitrep.geo;

import java.util.List;
import org.sitrep.model.Token;

/**
 * What a place span the tagger found holds when the gazetteer does not know it whole. NER spans sometimes take
 * in lower-case words before the name ("north west London": the place is London, the words say which part of
 * it) or run two names together where a comma was dropped ("Cyprus, Greece Italy or Spain"). Token ranges are
 * relative to the sentence, end exclusive; an empty list means the span stays as it is.
 */
final class PlaceSpanParts {
    private final Gazetteer gazetteer;
    private final PlaceCues cues;

    PlaceSpanParts(Gazetteer gazetteer, PlaceCues cues) {
        this.gazetteer = gazetteer;
        this.cues = cues;
    }

    record Part(int from, int to) {}

    /** Words that name what kind of place the name after their "of" is. */
    private static final java.util.Set<String> OF_HEADS = java.util.Set.of("city", "town", "village", "hamlet", "port", "province", "department",
            "district", "region", "state", "municipality", "county", "island", "islands");

    /** {@code last} is inclusive. */
    List<Part> of(List<Token> tokens, int from, int last) {
        if (last <= from || gazetteer.knows(ToponymFinder.joined(tokens, from, last + 1))) return List.of();
        int k = from;
        while (k < last && lowerCase(tokens.get(k))) k++;
        if (k > from) {
            String rest = ToponymFinder.joined(tokens, k, last + 1);
            return !cues.isNotPlace(rest) && gazetteer.knows(rest) ? List.of(new Part(k, last + 1)) : List.of();
        }
        // "ANDEAN CITY OF AYACUCHO" tagged whole in upper-case wire copy: the name is what follows the "of" of a settlement
        // or division word ("Port of Spain", known whole, never gets here)
        for (int j = from + 1; j < last; j++) {
            if (!tokens.get(j).word().equalsIgnoreCase("of") || !OF_HEADS.contains(tokens.get(j - 1).word().toLowerCase(java.util.Locale.ROOT))) continue;
            String rest = ToponymFinder.joined(tokens, j + 1, last + 1);
            if (!cues.isNotPlace(rest) && gazetteer.knows(rest)) return List.of(new Part(j + 1, last + 1));
        }
        // two areas side by side: each must be a country or first-level region by its own name, so that a
        // two-word town ("Sierra Leone" is one name, and known) is never cut
        for (int j = from + 1; j <= last; j++) {
            if (area(ToponymFinder.joined(tokens, from, j)) && area(ToponymFinder.joined(tokens, j, last + 1))) {
                return List.of(new Part(from, j), new Part(j, last + 1));
            }
        }
        return List.of();
    }

    /** A country or first-level region by its own name: "U.S." in "U.S. Virgin Islands" is a modifier, not a second place. */
    private boolean area(String text) {
        return !cues.isNotPlace(text) && gazetteer.lookup(text, 5).stream().anyMatch(g -> g.exact() && (g.isCountry() || "ADM1".equals(g.featureCode()))
                && ToponymFinder.ownName(g, text));
    }

    /** As written, or as truecased for lower-cased text: "north" in "north west London". */
    private static boolean lowerCase(Token t) {
        String cased = t.cased() == null ? t.word() : t.cased();
        return Character.isLowerCase(cased.codePointAt(0));
    }
}
