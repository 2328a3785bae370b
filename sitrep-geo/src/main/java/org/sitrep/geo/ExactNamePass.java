package org.sitrep.geo;

import java.util.List;

/** Exact name or alternate-name matches beat fuzzy ones: fuzzy candidates are dropped when any exact one exists. */
final class ExactNamePass implements ResolutionPass {
    @Override
    public String description() {
        return "keep exact (folded) name matches; fuzzy ones only when nothing matches exactly";
    }

    @Override
    public boolean apply(Mention mention, List<Candidate> candidates, ArticleContext context) {
        if (candidates.stream().noneMatch(c -> c.entry.exact())) return false;
        boolean changed = false;
        for (Candidate c : candidates) {
            if (!c.entry.exact() && !c.dropped) {
                c.dropped = true;
                changed = true;
            }
        }
        return changed;
    }
}
