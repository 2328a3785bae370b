package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Acronyms defined for groups in wire copy (MUC-4 style, all capitals) and in mixed case. */
class GroupAcronymsTest {
    @Test
    void an_acronym_defined_for_a_group_is_found() {
        assertEquals(Set.of("MIR"), GroupAcronyms.in("JECAR NEGHME, POLITICAL LEADER OF THE MOVEMENT OF THE REVOLUTIONARY LEFT, MIR, DIED LAST NIGHT."));
        assertEquals(Set.of("FMLN"), GroupAcronyms.in("the Farabundo Marti National Liberation Front (FMLN) said on Monday"));
        assertEquals(Set.of("FMLN"), GroupAcronyms.in("THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] ATTACKED"));
    }

    @Test
    void a_place_after_a_group_is_no_acronym() {
        assertTrue(GroupAcronyms.in("THE NATIONAL POLICE FORCES, LIMA, 5 MAY 90 -- [TEXT]").isEmpty(), "no word of the name opens with L");
        assertTrue(GroupAcronyms.in("The army command, Lima, said").isEmpty(), "a place is not written in capitals in mixed-case text");
        assertTrue(GroupAcronyms.in("A bomb exploded in Lima, Peru, on Monday.").isEmpty());
    }
}
