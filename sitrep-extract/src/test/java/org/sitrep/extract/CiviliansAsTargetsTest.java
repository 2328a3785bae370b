package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;

/** ACLED's rule that civilians are the target of political violence, never its agent. */
class CiviliansAsTargetsTest {
    private static final Actor REFUGEES = new Actor("Civilians (South Sudan)", "SS", 7, "CVL", "refugees", null, false);
    private static final Actor REBELS = new Actor("Unidentified Armed Group (Sudan)", "SD", 3, "UAF", "rebels", null, false);

    @Test
    void civilians_named_first_become_the_target_and_the_armed_side_the_agent() {
        ActorExtractor.Actors swapped = ActorExtractor.civiliansAsTargets(new ActorExtractor.Actors(REFUGEES, REBELS, List.of()));
        assertEquals(REBELS, swapped.actor1());
        assertEquals(REFUGEES, swapped.actor2());
        ActorExtractor.Actors alone = ActorExtractor.civiliansAsTargets(new ActorExtractor.Actors(REFUGEES, null, List.of()));
        assertNull(alone.actor1());
        assertEquals(REFUGEES, alone.actor2());
        ActorExtractor.Actors armed = new ActorExtractor.Actors(REBELS, REFUGEES, List.of());
        assertEquals(armed, ActorExtractor.civiliansAsTargets(armed), "already right");
    }
}
