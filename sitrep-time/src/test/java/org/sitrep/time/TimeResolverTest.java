package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeSpan;
import org.junit.jupiter.api.Test;

/** Sentences written in wire style for these tests (published Wednesday 2019-03-20) unless credited. */
class TimeResolverTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2019, 3, 20);
    private final TimeResolver resolver = new TimeResolver();

    private TimeSpan dateOf(AnnotatedReport report, int sentence, String trigger) {
        return resolver.eventDate(report, sentence, Reports.spanOf(report, trigger));
    }

    private String valueOf(AnnotatedReport report, String text) {
        return Reports.valueOf(resolver, report, text);
    }

    @Test
    void weekday_in_past_tense_resolves_backwards() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "gunmen attacked a police convoy on monday near the border , officials said .");
        TimeSpan d = dateOf(r, 0, "attacked");
        assertEquals(LocalDate.of(2019, 3, 18), d.earliest());
        assertEquals(1, d.precision());
    }

    @Test
    void the_datelines_date_dates_the_report_not_an_act_dated_in_its_sentence() {
        AnnotatedReport plain = Reports.of(WEDNESDAY, "san salvador , 20 march 2019 -- planes bombed areas near perquin on monday .");
        var head = plain.report().text().substring(0, plain.report().text().indexOf("--") + 2);
        AnnotatedReport r = new AnnotatedReport(plain.report().withDateline(new org.sitrep.model.Report.Dateline("san salvador", null,
                new org.sitrep.model.Span(0, head.length()))), plain.sentences(), false);
        TimeSpan d = dateOf(r, 0, "bombed");
        assertEquals(LocalDate.of(2019, 3, 18), d.earliest(), d.reason());
        assertEquals(LocalDate.of(2019, 3, 18), d.latest());
        // with no other expression in the sentence, the dateline's date is still the last resort
        AnnotatedReport alone = Reports.of(WEDNESDAY, "san salvador , 19 march 2019 -- planes bombed areas near perquin .");
        AnnotatedReport lone = new AnnotatedReport(alone.report().withDateline(new org.sitrep.model.Report.Dateline("san salvador", null,
                new org.sitrep.model.Span(0, head.length()))), alone.sentences(), false);
        assertEquals(LocalDate.of(2019, 3, 19), dateOf(lone, 0, "bombed").earliest());
    }

    @Test
    void an_act_told_this_week_or_this_month_happened_by_publication() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "air strikes this week have killed at least 50 militants , the army said .");
        TimeSpan d = dateOf(r, 0, "air strikes");
        assertEquals(WEDNESDAY, d.latest(), d.reason());
        assertTrue(d.earliest().isBefore(WEDNESDAY));
        assertTrue(d.reason().contains("cut at publication"), d.reason());
        TimeSpan month = dateOf(Reports.of(WEDNESDAY, "rebels seized the town this month ."), 0, "seized");
        assertEquals(LocalDate.of(2019, 3, 1), month.earliest(), month.reason());
        assertEquals(WEDNESDAY, month.latest());
    }

    @Test
    void a_clock_time_names_no_day_but_today_beside_it_does() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "the army attacked a refugee camp at 2:53 p.m. local time today .");
        TimeSpan d = dateOf(r, 0, "attacked");
        assertEquals(WEDNESDAY, d.earliest(), d.reason());
        assertEquals(WEDNESDAY, d.latest());
    }

    @Test
    void weekday_after_publication_weekday_in_past_tense_is_last_week() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "the army had on friday declared victory over the rebels .");
        assertEquals("2019-03-15", valueOf(r, "friday"));
    }

    @Test
    void weekday_with_will_resolves_forward() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "peace talks will resume on friday in the capital .");
        assertEquals("2019-03-22", valueOf(r, "friday"));
    }

    @Test
    void next_weekday_resolves_forward_even_without_a_verb() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "elections next monday .");
        assertEquals("2019-03-25", valueOf(r, "next monday"));
    }

    @Test
    void publication_weekday_in_past_tense_is_the_publication_day() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "police arrested four suspects on wednesday .");
        assertEquals("2019-03-20", valueOf(r, "wednesday"));
    }

    @Test
    void last_and_publication_weekday_goes_back_a_week() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "the blast last wednesday killed nine people .");
        assertEquals("2019-03-13", valueOf(r, "last wednesday"));
    }

    @Test
    void capitalized_weekday_reads_like_lowercase() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "Rebels shelled the town on Sunday , residents said .");
        assertEquals("2019-03-17", valueOf(r, "Sunday"));
    }

    @Test
    void sutime_forward_weekday_is_corrected_by_tense() {
        AnnotatedReport r = Reports.withTimexes(WEDNESDAY, List.<String[]>of(new String[] {"thursday", "DATE", "2019-03-21"}),
                "the syrian army had on thursday declared victory .");
        assertEquals("2019-03-14", valueOf(r, "thursday"));
    }

    @Test
    void sutime_unanchored_weekday_is_resolved_by_tense() {
        AnnotatedReport r = Reports.withTimexes(WEDNESDAY, List.<String[]>of(new String[] {"Tues.", "DATE", "XXXX-WXX-2"}),
                "militants stormed the base on Tues. , police said .");
        assertEquals("2019-03-19", valueOf(r, "Tues."));
    }

    @Test
    void since_weekday_gives_a_range_to_publication() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "at least 20 civilians have been killed since saturday , the monitor said .");
        TimeSpan d = dateOf(r, 0, "killed");
        assertEquals(LocalDate.of(2019, 3, 16), d.earliest());
        assertEquals(WEDNESDAY, d.latest());
        assertEquals(2, d.precision());
    }

    @Test
    void ordinal_day_counts_back_from_the_named_day() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "on tuesday , jets pounded the valley on their third day of bombing .");
        TimeSpan d = dateOf(r, 0, "bombing");
        assertEquals(LocalDate.of(2019, 3, 17), d.earliest());
        assertEquals(LocalDate.of(2019, 3, 19), d.latest());
    }

    @Test
    void ordinal_day_is_not_reported_as_a_date() {
        AnnotatedReport r = Reports.withTimexes(WEDNESDAY, List.<String[]>of(new String[] {"third day", "DATE", "2019-03-22"}),
                "protesters marched for the third day in the capital .");
        assertTrue(resolver.expressions(r).stream().noneMatch(e -> e.text().contains("third day")));
    }

    @Test
    void recent_months_is_background() {
        // Voice of America (public domain): "It was one of the deadliest in Kabul in recent months."
        AnnotatedReport r = Reports.of(WEDNESDAY, "It was one of the deadliest in Kabul in recent months .");
        TimeSpan d = dateOf(r, 0, "deadliest");
        assertTrue(d.background());
        assertEquals(WEDNESDAY, d.latest());
    }

    @Test
    void a_few_days_earlier_counts_from_the_previous_dated_sentence() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "troops entered the town on monday .", "militants had left the town a few days earlier .");
        TimeSpan d = dateOf(r, 1, "left");
        assertEquals(LocalDate.of(2019, 3, 12), d.earliest());
        assertEquals(LocalDate.of(2019, 3, 16), d.latest());
        assertEquals(2, d.precision());
    }

    @Test
    void days_later_with_no_named_day_before_is_not_a_day_after_publication() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "last month insurgents ambushed a bus in the town .", "two days later a roadside bomb killed 11 miners .",
                "days later a blast hit the market .");
        assertFalse(dateOf(r, 1, "bomb").known(), "counted from publication it would be Friday, after the report");
        assertFalse(dateOf(r, 2, "blast").known());
        AnnotatedReport dated = Reports.of(WEDNESDAY, "troops entered the town on monday .", "two days later militants attacked the base .");
        assertEquals(LocalDate.of(2019, 3, 20), dateOf(dated, 1, "attacked").earliest(), "from a named day it counts");
    }

    @Test
    void nothing_said_after_the_lead_stays_unknown_with_a_reason() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "the town is calm .", "markets reopened .", "the rebels fled into the hills .");
        TimeSpan d = dateOf(r, 2, "fled");
        assertFalse(d.known());
        assertNotNull(d.reason());
    }

    @Test
    void an_undated_act_in_the_lead_is_within_the_week_before_publication_and_says_so() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "gunmen kidnapped 20 students from a school in the north .");
        TimeSpan d = dateOf(r, 0, "kidnapped");
        assertEquals(LocalDate.of(2019, 3, 14), d.earliest());
        assertEquals(WEDNESDAY, d.latest());
        assertEquals(2, d.precision());
        assertTrue(d.reason().contains("lead"), d.reason());
    }

    @Test
    void date_of_the_reporting_verb_bounds_the_event_within_a_week() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "the ministry said on tuesday that an air strike hit a market .");
        TimeSpan d = dateOf(r, 0, "hit");
        assertEquals(LocalDate.of(2019, 3, 19), d.latest());
        assertEquals(2, d.precision());
        assertNotNull(d.reason());
    }

    @Test
    void event_date_prefers_the_nearer_expression_over_the_reporting_date() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "officials said on tuesday that the bridge was destroyed on sunday .");
        assertEquals(LocalDate.of(2019, 3, 17), dateOf(r, 0, "destroyed").earliest());
    }

    @Test
    void deictic_days_count_from_publication() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "a car bomb exploded yesterday and the curfew ends today .");
        assertEquals("2019-03-19", valueOf(r, "yesterday"));
        assertEquals("2019-03-20", valueOf(r, "today"));
    }

    @Test
    void days_ago_and_last_week_take_the_unit_granularity() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "the clashes began three days ago after a raid last week .");
        assertEquals("2019-03-17", valueOf(r, "three days ago"));
        assertEquals("2019-W11", valueOf(r, "last week"));
    }

    @Test
    void earlier_this_month_runs_from_the_first_to_publication() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "the ceasefire collapsed earlier this month .");
        TimeSpan d = dateOf(r, 0, "collapsed");
        assertEquals(LocalDate.of(2019, 3, 1), d.earliest());
        assertEquals(WEDNESDAY, d.latest());
        assertEquals(3, d.precision());
    }

    @Test
    void month_and_day_after_publication_in_past_tense_is_last_year() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "the town was captured on november 3 .");
        assertEquals("2018-11-03", valueOf(r, "november 3"));
    }

    @Test
    void full_dates_in_words_and_digits_are_read_as_written() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "the accord signed on 12 january 2018 replaced the one of 2016-05-04 .");
        assertEquals("2018-01-12", valueOf(r, "12 january 2018"));
        assertEquals("2016-05-04", valueOf(r, "2016-05-04"));
    }

    @Test
    void may_as_a_verb_is_not_a_month() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "the fighting may spread , but talks begin in may .");
        List<TimeExpression> found = resolver.expressions(r);
        assertEquals(1, found.size(), found.toString());
        assertEquals("2019-05", found.get(0).value());
    }

    @Test
    void without_a_publication_date_relative_values_stay_unresolved() {
        AnnotatedReport r = Reports.of(null, "rebels attacked the base on thursday .");
        assertEquals("XXXX-WXX-4", valueOf(r, "thursday"));
        assertFalse(dateOf(r, 0, "attacked").known());
    }

    @Test
    void durations_get_period_values() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "the siege lasted two weeks , after years of war .");
        assertEquals("P2W", valueOf(r, "two weeks"));
    }

    @Test
    void the_weekend_in_past_tense_is_the_one_just_past() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "clashes erupted over the weekend in the north .");
        assertEquals("2019-W11-WE", valueOf(r, "the weekend"));
    }

    @Test
    void month_and_day_without_year_take_the_nearest_year() {
        LocalDate january = LocalDate.of(2020, 1, 6);
        AnnotatedReport r = Reports.of(january, "the convoy was attacked on dec. 28 and talks open jan. 14 .");
        assertEquals("2019-12-28", valueOf(r, "dec. 28"));
        assertEquals("2020-01-14", valueOf(r, "jan. 14"));
    }

    @Test
    void a_year_earlier_beside_a_quarter_is_that_quarter_a_year_before() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "arms imports rose in the first quarter from a year earlier .");
        assertEquals("2019-Q1", valueOf(r, "the first quarter"));
        assertEquals("2018-Q1", valueOf(r, "a year earlier"));
    }

    @Test
    void ages_and_once_are_not_time_expressions_even_when_the_annotator_says_so() {
        AnnotatedReport r = Reports.withTimexes(WEDNESDAY,
                List.<String[]>of(new String[] {"6-year-old", "DURATION", "P6Y"}, new String[] {"once", "DATE", "PAST_REF"}),
                "a 6-year-old girl was among the dead in the once busy market .");
        assertTrue(resolver.expressions(r).isEmpty(), resolver.expressions(r).toString());
    }

    @Test
    void background_stays_background_next_to_a_reporting_verb() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "strikes have killed hundreds of civilians in recent months , according to the monitor .");
        assertTrue(dateOf(r, 0, "killed").background());
    }

    @Test
    void sutime_longer_expression_keeps_its_own_reading() {
        AnnotatedReport r = Reports.withTimexes(WEDNESDAY, List.<String[]>of(new String[] {"the week of March 4", "DATE", "2019-W10"}),
                "inspectors visited the site the week of March 4 .");
        assertEquals("2019-W10", valueOf(r, "the week of March 4"));
    }

    @Test
    void could_is_a_past_modal_and_keeps_a_weekday_in_the_past() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "the two officials could not be reached on monday for comment .");
        assertEquals("2019-03-18", valueOf(r, "monday"));
    }

    @Test
    void recent_months_are_a_vague_past_reference_marked_background() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "air strikes have killed hundreds of civilians in recent months .");
        TimeExpression e = resolver.expressions(r).stream().filter(x -> x.text().contains("recent months")).findFirst().orElseThrow();
        assertEquals("PAST_REF", e.value());
        assertEquals("DATE", e.type());
        assertTrue(e.resolved().background());
    }

    @Test
    void the_coming_weeks_are_a_future_reference() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "more troops are expected in the coming weeks .");
        assertEquals("FUTURE_REF", valueOf(r, "the coming weeks"));
    }

    @Test
    void spoken_years_of_broadcast_transcripts() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "the ceasefire was signed in nineteen ninety-six .");
        assertEquals("1996", valueOf(r, "nineteen ninety-six"));
    }

    @Test
    void days_earlier_dates_only_the_act_it_follows() {
        AnnotatedReport r = Reports.of(WEDNESDAY,
                "rebels retook the town after soldiers who had seized it two days earlier were ambushed , residents said on tuesday .");
        TimeSpan seized = dateOf(r, 0, "seized");
        assertEquals(LocalDate.of(2019, 3, 18), seized.earliest());
        TimeSpan retook = dateOf(r, 0, "retook");
        assertTrue(retook.reason().contains("reporting date"), retook.reason());
        TimeSpan ambushed = dateOf(r, 0, "ambushed");
        assertFalse(ambushed.reason() != null && ambushed.reason().contains("earlier"), ambushed.reason());
    }

    @Test
    void a_day_on_which_footage_of_the_act_was_revealed_dates_the_telling_not_the_act() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "video of the mother shot and killed in a gang shooting was revealed tuesday in court .");
        TimeSpan d = dateOf(r, 0, "shot and killed");
        assertTrue(d.reason() != null && d.reason().contains("reporting date"), String.valueOf(d.reason()));
        AnnotatedReport plain = Reports.of(WEDNESDAY, "gunmen shot and killed a mother on tuesday .");
        assertEquals(LocalDate.of(2019, 3, 19), dateOf(plain, 0, "shot and killed").earliest());
        // VOA: "passengers held hostage ... shared with VOA details of their ordeal on Wednesday"
        AnnotatedReport shared = Reports.of(WEDNESDAY, "passengers held hostage on the train shared details of their ordeal tuesday .");
        TimeSpan held = dateOf(shared, 0, "held hostage");
        assertTrue(held.reason() != null && held.reason().contains("reporting date"), String.valueOf(held.reason()));
    }

    @Test
    void a_pages_posted_or_updated_stamp_dates_no_act() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "updated : 03/25/19 an 18-year-old confessed to the murder of a mother on monday .");
        assertEquals(LocalDate.of(2019, 3, 18), dateOf(r, 0, "murder").earliest());
        AnnotatedReport stampOnly = Reports.of(WEDNESDAY, "updated : 03/25/19 an 18-year-old confessed to the murder of a mother .");
        assertFalse(LocalDate.of(2019, 3, 25).equals(dateOf(stampOnly, 0, "murder").earliest()), "the stamp is not the act's day");
        // ECB+ (a Brooklyn report of 17 March 2013): a date alone on the line above the headline, joined to it by the splitter
        String stampLine = "sunday , march 17 , 2013 | 5:00 pm";
        var date = new org.sitrep.model.Span(0, 24);
        var time = new org.sitrep.model.Span(27, 34);
        assertTrue(EventDater.aLineOfItsOwn(stampLine + "\nriots erupt in brooklyn", date, java.util.List.of(date, time)), stampLine);
        assertTrue(EventDater.aLineOfItsOwn(stampLine + "\nriots erupt in brooklyn", time, java.util.List.of(date, time)), "its time too");
        var inside = new org.sitrep.model.Span(17, 41);
        assertFalse(EventDater.aLineOfItsOwn("riots erupted on sunday , march 17 , 2013 in brooklyn\nmore text", inside, java.util.List.of(inside)),
                "a date inside a sentence's line");
    }

    @Test
    void a_date_before_the_comma_of_police_said_dates_the_act_not_the_report() {
        AnnotatedReport r = Reports.of(WEDNESDAY, "gunmen killed five villagers in the town on monday , police said .");
        TimeSpan d = dateOf(r, 0, "killed");
        assertEquals(LocalDate.of(2019, 3, 18), d.earliest());
        assertEquals(LocalDate.of(2019, 3, 18), d.latest());
    }
}
