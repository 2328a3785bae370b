package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CasingDetectorTest {
    private final CasingDetector detector = new CasingDetector();

    @Test
    void lowercased_wire_copy_needs_truecasing() {
        assertTrue(detector.needsTruecasing(
                "kabul ( reuters ) - a suicide bomber killed at least 12 people near a police station in kabul on tuesday , officials said .\n"
                        + "the taliban claimed responsibility for the attack in a statement ."));
    }

    @Test
    void all_caps_telegram_needs_truecasing() {
        assertTrue(detector.needsTruecasing("SAN SALVADOR, 3 JAN 90 -- THE ARMED FORCES REPORTED THAT TERRORISTS ATTACKED A POWER STATION."));
    }

    @Test
    void edited_prose_is_left_as_written() {
        assertFalse(detector.needsTruecasing(
                "Fighting between government troops and rebels killed at least 20 people in eastern Congo. "
                        + "The army said the rebels attacked a base near Goma on Sunday. Residents fled the area."));
    }
}
