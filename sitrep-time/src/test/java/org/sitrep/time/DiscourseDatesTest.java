package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.TimeExpression;

/** Dates that point back at a date named before them; sentences written in wire style for these tests. */
class DiscourseDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 10, 30);
    private final TimeResolver resolver = new TimeResolver();

    private TimeExpression find(AnnotatedReport report, String text) {
        return resolver.expressions(report).stream().filter(e -> e.text().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + resolver.expressions(report)));
    }

    @Test
    void that_year_is_the_year_named_before_it() {
        AnnotatedReport r = Reports.of(PUBLISHED, "the general fled to the north in june 2016 and returned later that year .");
        assertEquals("2016", find(r, "later that year").value());
        assertEquals(LocalDate.of(2016, 1, 1), find(r, "later that year").resolved().earliest());
    }

    @Test
    void the_following_month_and_day_move_one_unit_on() {
        AnnotatedReport r = Reports.of(PUBLISHED, "rebels took the town on march 3 .", "troops retook it the following day .",
                "the army withdrew the following month .");
        assertEquals("2019-03-04", find(r, "the following day").value());
        assertEquals("2019-04", find(r, "the following month").value());
    }

    @Test
    void with_nothing_named_before_the_date_stays_unknown() {
        TimeExpression e = find(Reports.of(PUBLISHED, "the talks collapsed that same day ."), "that same day");
        assertEquals("XXXX-XX-XX", e.value());
        assertFalse(e.resolved().known(), "never guessed from the publication date");
    }

    @Test
    void year_end_is_the_coming_december_unless_counted_since() {
        assertEquals("2019", find(Reports.of(PUBLISHED, "the handover will be complete by year 's end ."), "year 's end").value());
        assertEquals("2018-12-31", find(Reports.of(PUBLISHED, "prices are up 4 percent since year-end ."), "year-end").value());
    }

    @Test
    void a_decade_is_its_digits_and_its_edge_narrows_the_days() {
        TimeExpression e = find(Reports.of(PUBLISHED, "the conflict began in the early 1990s ."), "the early 1990s");
        assertEquals("199", e.value());
        assertEquals(LocalDate.of(1993, 12, 31), e.resolved().latest());
    }

    @Test
    void a_year_ended_on_a_day_is_a_length_not_a_calendar_year() {
        TimeExpression e = find(Reports.of(PUBLISHED, "the company lost $ 4 million in the fiscal year ended march 31 ."), "the fiscal year");
        assertEquals("DURATION", e.type());
        assertEquals("P1Y", e.value());
    }

    @Test
    void an_approximate_count_ago_is_still_read_at_its_unit() {
        AnnotatedReport r = Reports.of(PUBLISHED, "the massacre took place nearly four years ago .", "talks began a week or so ago .");
        assertEquals("2015", find(r, "nearly four years ago").value());
        assertEquals("2019-W43", find(r, "a week or so ago").value());
    }

    @Test
    void the_week_of_a_day_is_that_week_and_two_quarters_are_a_half() {
        AnnotatedReport r = Reports.of(PUBLISHED, "a hearing is set for the week of march 6 .", "output fell in the first two quarters of 2019 .");
        assertEquals("2020-W10", find(r, "the week of march 6").value());
        assertEquals("2019-H1", find(r, "the first two quarters of 2019").value());
    }

    @Test
    void an_amount_per_unit_of_time_is_a_rate_but_an_offset_stays() {
        AnnotatedReport r = Reports.of(PUBLISHED, "the airline runs four flights a week and earns $ 2 million a year .",
                "rebels killed two soldiers a day after the raid .");
        org.junit.jupiter.api.Assertions.assertTrue(resolver.expressions(r).stream().noneMatch(e -> e.text().equals("a week") || e.text().equals("a year")),
                resolver.expressions(r).toString());
        org.junit.jupiter.api.Assertions.assertTrue(resolver.expressions(r).stream().anyMatch(e -> e.text().startsWith("a day")), resolver.expressions(r).toString());
    }
}
