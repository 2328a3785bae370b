package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDateParserTest {
    private final PublishedDateParser parser = new PublishedDateParser();

    @Test
    void iso_dates_and_date_times_give_the_written_day() {
        assertEquals(LocalDate.of(2017, 11, 13), parser.parse("2017-11-13").orElseThrow());
        assertEquals(LocalDate.of(2017, 11, 13), parser.parse("2017-11-13T23:30:00-05:00").orElseThrow());
        assertEquals(LocalDate.of(2017, 11, 13), parser.parse("2017-11-13 08:00").orElseThrow());
    }

    @Test
    void rss_and_month_name_dates_are_read() {
        assertEquals(LocalDate.of(2021, 3, 2), parser.parse("Tue, 02 Mar 2021 23:30:00 -0500").orElseThrow());
        assertEquals(LocalDate.of(2021, 3, 3), parser.parse("Wed, 3 Mar 2021 08:00:00 GMT").orElseThrow());
        assertEquals(LocalDate.of(2005, 5, 16), parser.parse("May 16, 2005").orElseThrow());
        assertEquals(LocalDate.of(2005, 5, 16), parser.parse("16 May 2005").orElseThrow());
    }

    @Test
    void impossible_or_unknown_dates_give_nothing() {
        assertTrue(parser.parse("2017-02-30").isEmpty());
        assertTrue(parser.parse("13/11/2017").isEmpty());
        assertTrue(parser.parse("yesterday").isEmpty());
        assertTrue(parser.parse(null).isEmpty());
    }
}
