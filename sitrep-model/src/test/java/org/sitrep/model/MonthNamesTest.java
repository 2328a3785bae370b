package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MonthNamesTest {
    @Test
    void names_and_abbreviations_read_by_their_first_three_letters() {
        assertEquals(7, MonthNames.number("Jul"));
        assertEquals(9, MonthNames.number("Sept"));
        assertEquals(3, MonthNames.number("march"));
        assertEquals(12, MonthNames.number("DECEMBER"));
        assertThrows(IllegalArgumentException.class, () -> MonthNames.number("Mo"));
        assertThrows(IllegalArgumentException.class, () -> MonthNames.number("Monday"));
    }
}
