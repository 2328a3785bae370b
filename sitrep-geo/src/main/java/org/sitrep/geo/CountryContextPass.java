package org.sitrep.geo;

import java.util.List;

/**
 * Prefers candidates in the article's countries (countries named, demonyms, the dateline, majority
 * country of unambiguous places). A fuzzy match outside them is dropped: it is likelier a misspelling
 * of a local place than a far-away namesake.
 */
final class CountryContextPass implements ResolutionPass {
    private static final double WEIGHT = 0.8;

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
            if (share > 0) {
                c.score += WEIGHT * Math.sqrt(share);
                changed = true;
            } else if (!c.entry.exact()) {
                c.dropped = true;
                changed = true;
            }
        }
        return changed;
    }
}
