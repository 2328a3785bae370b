package org.sitrep.geo;

import java.util.List;

/**
 * Prefers candidates in the article's countries (countries named, demonyms, the dateline, majority
 * country of unambiguous places). A fuzzy match outside them is dropped: it is likelier a misspelling
 * of a local place than a far-away namesake, and so is one in a country the article names only in passing.
 */
final class CountryContextPass implements ResolutionPass {
    private static final double WEIGHT = 0.8;
    /** A fuzzy match needs a country the article is about, not one it names in passing ("Kremlin" is no Kremmling, Colorado). */
    private static final double FUZZY_MIN_SHARE = 0.35;

    @Override
    public String description() {
        return "boost candidates in the article's countries; drop fuzzy matches outside them";
    }

    @Override
    public boolean apply(Mention mention, List<Candidate> candidates, ArticleContext context) {
        if (!context.hasCountryEvidence()) return false;
        boolean changed = false;
        for (Candidate c : candidates) {
            if (c.dropped) continue;
            double share = context.countryShare(c.entry.country());
            if (!c.entry.exact() && share < FUZZY_MIN_SHARE) {
                c.dropped = true;
                changed = true;
            } else if (share > 0) {
                c.score += WEIGHT * Math.sqrt(share);
                changed = true;
            }
        }
        return changed;
    }
}
