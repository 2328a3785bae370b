package org.sitrep.geo;

import java.util.List;

/** Prefers candidates close to the places already resolved with confidence in the same article. */
final class ProximityPass implements ResolutionPass {
    private static final double WEIGHT = 1.0;
    private static final double SCALE_KM = 150.0;

    @Override
    public String description() {
        return "boost candidates near other places resolved in the article";
    }

    @Override
    public boolean apply(Mention mention, List<Candidate> candidates, ArticleContext context) {
        if (context.anchors().isEmpty()) return false;
        boolean changed = false;
        for (Candidate c : candidates) {
            if (c.dropped || c.entry.isCountry()) continue;
            double nearest = Double.MAX_VALUE;
            for (ArticleContext.Anchor anchor : context.anchors()) {
                GazetteerEntry a = anchor.place();
                // A mention's own candidates are no evidence for themselves.
                if (a.isCountry() || anchor.source().equals(mention.span()) || sameName(a, c.entry)) continue;
                nearest = Math.min(nearest, ArticleContext.km(a.lat(), a.lon(), c.entry.lat(), c.entry.lon()));
            }
            if (nearest < Double.MAX_VALUE) {
                c.score += WEIGHT * Math.exp(-nearest / SCALE_KM);
                changed = true;
            }
        }
        return changed;
    }

    private static boolean sameName(GazetteerEntry a, GazetteerEntry b) {
        return a.geonameId() == b.geonameId() && a.name().equals(b.name());
    }
}
