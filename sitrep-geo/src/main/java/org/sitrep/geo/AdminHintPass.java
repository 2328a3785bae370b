package org.sitrep.geo;

import java.util.List;

/**
 * "X province" asks for the first-level region X. A bare name that is both a town and the region around it
 * ("Aleppo", "Homs") means the town, except for countries, which are rarely towns. A region whose namesake town
 * lies elsewhere ("a federal judge in Wyoming": the state, not Wyoming, Michigan) keeps its weight.
 */
final class AdminHintPass implements ResolutionPass {
    @Override
    public String description() {
        return "after 'province'/'governorate' prefer the admin-1 region; otherwise prefer a town to a region of its name";
    }

    @Override
    public boolean apply(Mention mention, List<Candidate> candidates, ArticleContext context) {
        boolean changed = false;
        // "the Georgia National Guard" in a report about the United States: a country's name that is also a first-level
        // region of the country the article is about means the region, unless the article points to that country too
        Candidate region = candidates.stream().filter(c -> !c.dropped && c.entry.exact() && "ADM1".equals(c.entry.featureCode())
                && context.countryShare(c.entry.country()) >= 0.5).findFirst().orElse(null);
        boolean homeRegion = region != null && candidates.stream().anyMatch(c -> !c.dropped && c.entry.isCountry() && c.entry.exact()
                && !c.entry.country().equals(region.entry.country())
                && context.countryShare(region.entry.country()) > 3 * context.countryShare(c.entry.country()));
        if (homeRegion && !mention.adminHint()) {
            region.score += 2.0;
            changed = true;
        }
        for (Candidate c : candidates) {
            if (c.dropped) continue;
            if (mention.adminHint()) {
                if (c.entry.isAdminRegion()) {
                    c.score += 2.0;
                    changed = true;
                }
            } else if (c.entry.isCountry() && c.entry.exact()) {
                c.score += 1.5;
                changed = true;
            } else if (c.entry.isAdminRegion() && holdsNamesake(c, candidates)) {
                c.score -= 0.3;
                changed = true;
            }
        }
        return changed;
    }

    /** Whether a town of the region's name lies inside it (Aleppo in the Aleppo governorate). */
    private static boolean holdsNamesake(Candidate region, List<Candidate> candidates) {
        return candidates.stream().anyMatch(t -> !t.dropped && "P".equals(t.entry.featureClass()) && PlaceResolver.contains(region.entry, t.entry));
    }
}
