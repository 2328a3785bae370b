package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

/** Weapons named as an inventory (seized, found, carried, held) are no attack with them; after MUC-4 reports (1989-90). */
class BackgroundWeaponsTest {
    private final BackgroundFilter filter = new BackgroundFilter();

    private Optional<String> reason(String s, String trigger) {
        int at = s.indexOf(trigger);
        return filter.reason(s, 0, new Span(at, at + trigger.length()));
    }

    @Test
    void weapons_seized_found_or_held_are_an_inventory() {
        assertEquals(Optional.of("weapons held"), reason("An M-16 rifle, five grenades, and material for explosives were found in the same place.", "grenades"));
        assertEquals(Optional.of("weapons held"), reason("They also had three mortars and enough ammunition for a long fight.", "mortars"));
        assertEquals(Optional.of("weapons held"), reason("The army has confiscated 324 rifles, 26 mortars and 75 rocket and grenade launchers.", "mortars"));
    }

    @Test
    void weapons_used_in_the_sentence_are_an_attack() {
        assertEquals(Optional.empty(), reason("Guerrillas attacked the meeting, throwing grenades at the people.", "grenades"));
        assertEquals(Optional.empty(), reason("A man carrying grenades hurled them at the police post.", "grenades"));
        assertEquals(Optional.empty(), reason("The rebels had fired mortars at the base.", "mortars"), "an auxiliary 'had' holds nothing");
    }
}
