package org.sitrep.geo;

import java.util.List;

/** Breaks the remaining ties by size: capitals, admin seats and populous places win. */
final class PopulationPass implements ResolutionPass {
    @Override
    public String description() {
        return "prefer populous places, capitals and administrative seats";
    }

    @Override
    public boolean apply(Mention mention, List<Candidate> candidates, ArticleContext context) {
        for (Candidate c : candidates) {
            if (c.dropped) continue;
            c.score += 0.2 * Math.log10(c.entry.population() + 1.0);
            String code = c.entry.featureCode() == null ? "" : c.entry.featureCode();
            if (code.equals("PPLC")) c.score += 0.4;
            else if (code.equals("PPLA")) c.score += 0.2;
            else if (code.equals("PPLA2")) c.score += 0.1;
        }
        return !candidates.isEmpty();
    }
}
