package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProximityPassTest {
    @Test
    void the_candidate_near_an_anchor_gains_more_than_a_far_one() {
        ArticleContext context = new ArticleContext();
        context.addAnchor(Places.town(9, "Anchor", "SY", 34.5, 40.9, 50000), new org.sitrep.model.Span(100, 106));
        Candidate near = Places.candidate(Places.town(1, "Qasra", "SY", 34.6, 40.95, 10), 1.0, true);
        Candidate far = Places.candidate(Places.town(2, "Qasra", "SY", 33.5, 36.3, 10), 1.0, true);
        new ProximityPass().apply(Places.mention("Qasra"), List.of(near, far), context);
        assertTrue(near.score > far.score + 0.5);
    }

    @Test
    void no_anchors_means_no_change() {
        Candidate c = Places.candidate(Places.town(1, "Qasra", "SY", 34.6, 40.95, 10), 1.0, true);
        assertFalse(new ProximityPass().apply(Places.mention("Qasra"), List.of(c), new ArticleContext()));
        assertEquals(1.0, c.score);
    }
}
