package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

/** Claim status and grade on sentences written in wire-report style. */
class ClaimAssessorTest {
    private final ClaimAssessor claims = new ClaimAssessor();
    private static final Source MONITOR = new Source("Syrian Observatory for Human Rights", "monitor", "said", new Span(0, 10));
    private static final Source RESIDENTS = new Source("residents", "residents", "said", new Span(20, 29));
    private static final Source GROUP = new Source("the Taliban", "group", "claimed", new Span(0, 11));

    @Test
    void a_group_claiming_an_attack_is_a_claim_with_one_weak_source() {
        String s = "The Taliban claimed responsibility for the bombing of the police post.";
        Claim c = claims.assess(s, s.indexOf("bombing"), List.of(GROUP), false);
        assertEquals(ClaimStatus.CLAIMED, c.status());
        assertEquals("weak", c.grade());
    }

    @Test
    void two_independent_kinds_of_source_make_a_fair_report() {
        String s = "Air strikes hit the market on Sunday, the monitor and residents said.";
        Claim c = claims.assess(s, s.indexOf("Air strikes"), List.of(MONITOR, RESIDENTS), false);
        assertEquals(ClaimStatus.REPORTED, c.status());
        assertEquals("fair", c.grade());
    }

    @Test
    void a_belligerent_admitting_its_own_strike_confirms_it() {
        String s = "The coalition said its aircraft struck the bridge on Tuesday.";
        Claim c = claims.assess(s, s.indexOf("struck"), List.of(new Source("the coalition", "military", "said", new Span(0, 13))), true);
        assertEquals(ClaimStatus.CONFIRMED, c.status());
        assertEquals("confirmed", c.grade());
    }

    @Test
    void an_unattributed_sentence_has_no_grade_but_unattributed() {
        String s = "Shells landed near the hospital.";
        assertEquals("unattributed", claims.assess(s, s.indexOf("Shells"), List.of(), false).grade());
    }
}
