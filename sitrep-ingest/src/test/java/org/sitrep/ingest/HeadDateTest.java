package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadDateTest {
    private static Optional<LocalDate> of(String text) {
        return HeadDate.in(text);
    }

    @Test
    void a_date_line_at_the_start_after_a_label_or_beside_a_clock_is_the_publication_date() {
        assertEquals(Optional.of(LocalDate.of(2013, 5, 2)), of("May 2, 2013, 1:12 PM Lawyer: Actress checks into clinic. Her lawyer said on Thursday ..."));
        assertEquals(Optional.of(LocalDate.of(2013, 3, 17)), of("Sunday, March 17, 2013 | 5:00 PM Riots erupt after a vigil."));
        assertEquals(Optional.of(LocalDate.of(2013, 3, 13)), of("Anger persists over the killing Published: March 13, 2013 First came the vigil."));
        assertEquals(Optional.of(LocalDate.of(2009, 12, 5)), of("Updated Saturday, December 05, 2009 8:28 PM Escapee now on most wanted list."));
        assertEquals(Optional.of(LocalDate.of(2009, 12, 7)), of("Prisoner captured after a week on the run 7:15 a.m. Dec. 7, 2009 A convicted man ..."));
        assertEquals(Optional.of(LocalDate.of(2012, 7, 8)), of("Article posted on 08.07.2012 Champion stops challenger in six rounds."),
                "dotted numeric dates are day first");
        assertEquals(Optional.of(LocalDate.of(2009, 11, 30)), of("Inmate pulls gun on guards, runs away 11/30/09 05:40 PM A man serving life ..."));
        assertEquals(Optional.of(LocalDate.of(2010, 1, 12)), of("12 January 2010 @ 09:29 pm FALLOUT CONTINUES AFTER ESCAPE"));
    }

    @Test
    void a_date_in_the_words_of_a_headline_or_further_down_is_not() {
        assertEquals(Optional.empty(), of("Families remember the September 11, 2001 attacks at a ceremony in the city."));
        assertEquals(Optional.empty(), of("Gunmen attacked a village. " + "The army said it would respond. ".repeat(12) + "Published: March 13, 2013"));
        assertEquals(Optional.empty(), of("Report filed 13/45/2010 10:00 about nothing."), "no such day");
        assertEquals(Optional.empty(), of("Version 2.10.2012 of the software was released to users."), "no label, clock or start");
    }
}
