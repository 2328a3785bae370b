package org.sitrep.geo;

import java.util.List;

/**
 * One step of place disambiguation (as CLIFF's passes): it adjusts or drops candidates of a mention.
 * Passes run in order; each says what it does and counts the mentions it changed.
 */
interface ResolutionPass {
    String description();

    /** Returns true when the pass changed something for this mention. */
    boolean apply(Mention mention, List<Candidate> candidates, ArticleContext context);
}
