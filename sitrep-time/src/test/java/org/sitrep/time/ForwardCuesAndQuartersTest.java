package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.TimeExpression;

/** Sentences written in wire style for these tests (published Wednesday 2019-03-20). */
class ForwardCuesAndQuartersTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2019, 3, 20);
    private final TimeResolver resolver = new TimeResolver();

    private String valueOf(AnnotatedReport report, String text) {
        return Reports.valueOf(resolver, report, text);
    }

    @Test
    void a_forward_cue_points_ahead_whatever_the_verb() {
        assertEquals("2019-03-26", valueOf(Reports.of(WEDNESDAY, "the envoy said the prisoners could be freed as early as tuesday ."), "tuesday"));
        assertEquals("2019-03-25", valueOf(Reports.of(WEDNESDAY, "officials postponed the vote until monday ."), "monday"));
    }

    @Test
    void until_in_a_past_clause_stays_in_the_past() {
        assertEquals("2019-03-18", valueOf(Reports.of(WEDNESDAY, "the curfew lasted until monday ."), "monday"));
    }

    @Test
    void a_possessive_weekday_belongs_to_its_noun_not_to_the_clause() {
        assertEquals("2019-03-18", valueOf(Reports.of(WEDNESDAY, "the opposition said it would challenge monday's ruling in court ."), "monday"));
    }

    @Test
    void this_and_a_month_is_the_publication_year() {
        assertEquals("2019-09", valueOf(Reports.of(WEDNESDAY, "with the election due this september , the parties began campaigning ."), "this september"));
    }

    @Test
    void a_year_earlier_after_a_named_quarter_is_that_quarter_a_year_before_and_the_quarter_is_that_quarter() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "the company said its fourth-quarter profit fell 20 percent . "
                + "a year earlier , it had earned $ 4 million . sales in the quarter rose 3 percent .");
        assertEquals("2017-Q4", valueOf(r, "a year earlier"), "the fourth quarter told in March is last year's");
        assertEquals("2018-Q4", valueOf(r, "the quarter"));
    }

    @Test
    void the_quarter_without_a_named_quarter_is_no_time() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "shelling hit the old quarter of the city on monday .");
        assertTrue(resolver.expressions(r).stream().noneMatch(e -> e.text().toLowerCase().contains("quarter")), resolver.expressions(r).toString());
    }

    @Test
    void following_without_the_is_a_preposition_not_the_next_month() {
        // SUTime reads "following november" as the next one; without "the" it is "after", and the month is last year's
        AnnotatedReport after = Reports.withTimexes(WEDNESDAY, java.util.List.<String[]>of(new String[] {"following november", "DATE", "2019-11"}),
                "following november 's offensive , the two sides have expressed a willingness to talk .");
        assertEquals("2018-11", valueOf(after, "november"));
        AnnotatedReport next = Reports.withTimexes(WEDNESDAY, java.util.List.<String[]>of(new String[] {"following november", "DATE", "2019-11"}),
                "the vote was put off to the following november .");
        assertEquals("2019-11", valueOf(next, "following november"));
    }

    @Test
    void a_possessive_day_before_the_act_dates_the_act_not_the_report() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "police said monday 's attack killed five people .");
        org.sitrep.model.TimeSpan d = resolver.eventDate(r, 0, Reports.spanOf(r, "attack"));
        assertEquals(LocalDate.of(2019, 3, 18), d.earliest(), d.reason());
        assertEquals(LocalDate.of(2019, 3, 18), d.latest(), "the day itself, not the week before a reporting day");
        AnnotatedReport said = Reports.of(WEDNESDAY, "police said monday that gunmen attacked the post .");
        assertEquals(LocalDate.of(2019, 3, 12), resolver.eventDate(said, 0, Reports.spanOf(said, "attacked")).earliest(), "a reporting day still is one");
    }
}

