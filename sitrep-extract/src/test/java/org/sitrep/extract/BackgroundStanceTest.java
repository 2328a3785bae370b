package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An act a party backs, supports, opposes or rejects is a proposal argued over; an actor backed by a state still acts. */
class BackgroundStanceTest {
    private final BackgroundFilter filter = new BackgroundFilter();

    private Optional<String> reason(String s, String trigger) {
        return BackgroundFilterTest.reason(filter, s, trigger);
    }

    @Test
    void a_proposal_backed_or_rejected_is_no_act() {
        // Voice of America, 2025-03-12 (public domain): a sub-heading run into its paragraph
        assertEquals(Optional.of("stance"), reason("India backs Chagos handover Indian officials have also said that New Delhi would support a deal.", "handover"));
        assertEquals(Optional.of("stance"), reason("The opposition opposes the ceasefire.", "ceasefire"));
        assertEquals(Optional.empty(), reason("All the parties have unanimously rejected the murder of the candidate.", "murder"), "a real act condemned");
    }

    @Test
    void actors_backed_by_or_opposed_to_someone_still_act() {
        assertEquals(Optional.empty(), reason("Militias backed by Iran attacked the town on Monday.", "attacked"));
        assertEquals(Optional.empty(), reason("Iranian-backed militias attacked the town on Monday.", "attacked"));
        assertEquals(Optional.empty(), reason("iranian - backed militias attacked the town on monday .", "attacked"));
        assertEquals(Optional.empty(), reason("Rebels opposed to Assad attacked the town on Monday.", "attacked"));
        // an adjective, not a stance
        assertEquals(Optional.empty(), reason("Opposing crowds clashed with sticks outside the courthouse on Sunday.", "clashed"));
    }
}
