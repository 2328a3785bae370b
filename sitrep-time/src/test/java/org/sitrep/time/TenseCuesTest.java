package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.TimeExpression;

/** How the verb around a bare date turns it back or ahead; sentences written in wire style for these tests. */
class TenseCuesTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2019, 3, 20);
    private static final LocalDate LATE_OCTOBER = LocalDate.of(2019, 10, 30);
    private final TimeResolver resolver = new TimeResolver();

    private String valueOf(AnnotatedReport report, String text) {
        return Reports.valueOf(resolver, report, text);
    }

    @Test
    void an_infinitive_after_the_date_does_not_govern_it() {
        assertEquals("2019-03-15", valueOf(Reports.of(WEDNESDAY, "shares of the company fell 5 percent on friday to close at $ 20 ."), "friday"));
    }

    @Test
    void an_implicative_verb_keeps_its_own_tense_for_the_infinitive() {
        assertEquals("2019-03-18", valueOf(Reports.of(WEDNESDAY, "the troops began to withdraw from the town on monday ."), "monday"));
    }

    @Test
    void a_simple_past_keeps_a_month_in_the_past_even_when_next_year_is_nearer() {
        assertEquals("2019-02", valueOf(Reports.of(LATE_OCTOBER, "the group bought the company in february ."), "february"));
    }

    @Test
    void a_present_passive_looks_ahead_to_the_nearest_month() {
        assertEquals("2020-03", valueOf(Reports.of(LATE_OCTOBER, "a verdict is expected in march ."), "march"));
    }

    @Test
    void what_is_scheduled_lies_ahead_but_a_date_before_the_planning_dates_the_planning() {
        assertEquals("2019-03-21", valueOf(Reports.of(WEDNESDAY, "police have scheduled a news conference thursday ."), "thursday"));
        assertEquals("2019-03-15", valueOf(Reports.of(WEDNESDAY, "on friday , the government planned to pay the families ."), "friday"));
    }

    @Test
    void a_date_the_annotator_joined_to_words_that_are_no_date_still_stands() {
        AnnotatedReport r = Reports.withTimexes(LocalDate.of(1999, 5, 7), java.util.List.<String[]>of(new String[] {"nov. 3 , the day before", "DATE", "1998-11-02"}),
                "he was last seen nov. 3 , the day before police issued a warrant .");
        assertEquals("1998-11-03", valueOf(r, "nov. 3"));
    }

    @Test
    void the_night_of_a_day_keeps_the_day_read_by_tense_and_last_before_a_day_is_no_month() {
        LocalDate may = LocalDate.of(1999, 5, 5);
        AnnotatedReport night = Reports.withTimexes(may, java.util.List.<String[]>of(new String[] {"the night of oct. 23", "TIME", "1999-10-23TNI"}),
                "the doctor was shot on the night of oct. 23 at his home .");
        assertEquals("1998-10-23", valueOf(night, "oct. 23"));
        assertEquals("1998-10-23", valueOf(Reports.of(may, "the doctor was shot last oct. 23 at his home ."), "oct. 23"));
    }

    @Test
    void a_clock_time_without_a_day_of_its_own_is_on_the_day_the_sentence_names_and_military_time_is_no_year() {
        AnnotatedReport r = Reports.withTimexes(LocalDate.of(1998, 8, 8),
                java.util.List.<String[]>of(new String[] {"10:35 a.m.", "TIME", "1998-08-08T10:35"}, new String[] {"0735", "DATE", "0735"}),
                "the bomb exploded at about 10:35 a.m. ( 0735 gmt ) friday near the embassy .");
        assertEquals("1998-08-07T10:35", valueOf(r, "10:35 a.m."));
        assertEquals(LocalDate.of(1998, 8, 7), resolver.expressions(r).stream().filter(e -> e.text().equals("10:35 a.m.")).findFirst().orElseThrow().resolved().earliest());
        org.junit.jupiter.api.Assertions.assertTrue(resolver.expressions(r).stream().noneMatch(e -> e.text().equals("0735")), resolver.expressions(r).toString());
    }

    @Test
    void four_digits_after_at_are_military_time_not_a_year() {
        AnnotatedReport r = Reports.withTimexes(LocalDate.of(1989, 11, 12), java.util.List.<String[]>of(new String[] {"1830", "DATE", "1830"}),
                "the fighting began at 1830 when rebel columns entered the town .", "the town was founded in 1830 .");
        java.util.List<TimeExpression> found = resolver.expressions(r);
        assertEquals(1, found.stream().filter(e -> e.text().equals("1830")).count(), found.toString());
        assertEquals(1, found.stream().filter(e -> e.text().equals("1830")).findFirst().orElseThrow().sentenceIndex());
    }

    @Test
    void an_act_told_as_going_on_happens_on_the_day_of_the_report() {
        // VOA (Somalia, 2025): a witness quoted while the siege went on; the first two sentences are the report's lead
        AnnotatedReport r = Reports.of(WEDNESDAY, "gunmen stormed a hotel .", "the siege went on .",
                "some militants are still resisting and fighting with the security forces , a resident said .",
                "they were still fighting when the police came .", "the army continues to shell the hills .", "he was fighting in the war .",
                "an army that is bombing the people is no army .");
        org.sitrep.model.TimeSpan d = resolver.eventDate(r, 2, Reports.spanOf(r, "fighting with"));
        assertEquals(WEDNESDAY, d.earliest(), d.reason());
        assertEquals(WEDNESDAY, d.latest());
        assertEquals(1, d.precision());
        assertEquals(WEDNESDAY, resolver.eventDate(r, 4, Reports.spanOf(r, "shell the")).earliest());
        assertEquals(false, resolver.eventDate(r, 3, Reports.spanOf(r, "fighting when")).known(), "the past progressive tells no day");
        assertEquals(false, resolver.eventDate(r, 5, Reports.spanOf(r, "fighting in")).known());
        assertEquals(false, resolver.eventDate(r, 6, Reports.spanOf(r, "bombing")).known(), "what a side does in general");
        // VOA (Pakistan, 2025-03-12): "A clearance operation ... has been going on for hours with frequent exchange of fire reported"
        AnnotatedReport op = Reports.of(WEDNESDAY, "gunmen stormed a train .", "passengers were held .",
                "a clearance operation has been going on for hours with frequent exchange of fire reported .",
                "fighting has been going on for years in the province with exchange of fire every week .");
        assertEquals(WEDNESDAY, resolver.eventDate(op, 2, Reports.spanOf(op, "exchange of fire reported")).earliest());
        assertEquals(false, resolver.eventDate(op, 3, Reports.spanOf(op, "exchange of fire every")).known(), "years of fighting tell no day");
        AnnotatedReport probe = Reports.of(WEDNESDAY, "gunmen stormed a train .", "passengers were held .",
                "an investigation is ongoing into the bombing at the station .");
        assertEquals(false, resolver.eventDate(probe, 2, Reports.spanOf(probe, "bombing")).known(), "an inquiry under way is not the act");
    }

    @Test
    void a_part_of_the_day_alone_names_no_day() {
        // VOA (Kabul, 9 May 2021): "attackers detonated a car bomb and two improvised explosive devices during the evening rush hour"
        AnnotatedReport r = Reports.withTimexes(WEDNESDAY, java.util.List.<String[]>of(new String[] {"evening", "TIME", "2019-03-20TEV"}),
                "officials said attackers detonated a car bomb during the evening rush hour .");
        assertEquals(false, resolver.eventDate(r, 0, Reports.spanOf(r, "detonated")).precision() == 1
                && WEDNESDAY.equals(resolver.eventDate(r, 0, Reports.spanOf(r, "detonated")).earliest()), "not the report's day");
        AnnotatedReport tonight = Reports.withTimexes(WEDNESDAY, java.util.List.<String[]>of(new String[] {"this evening", "TIME", "2019-03-20TEV"}),
                "attackers detonated a car bomb this evening .");
        assertEquals(WEDNESDAY, resolver.eventDate(tonight, 0, Reports.spanOf(tonight, "detonated")).earliest(), "'this evening' is the report's");
    }

    @Test
    void an_act_named_n_days_after_lies_n_days_before_the_sentences_day() {
        // VOA (Pakistan, 2025): the rescue was reported on Wednesday, a day after the attack
        AnnotatedReport r = Reports.of(LocalDate.of(2019, 3, 21), "the train was stopped .", "passengers were held .",
                "security sources said wednesday the army rescued 190 passengers , a day after an attack on a train .",
                "officials said wednesday the town was calm , two days after the bombing of its market .");
        org.sitrep.model.TimeSpan d = resolver.eventDate(r, 2, Reports.spanOf(r, "attack on"));
        assertEquals(LocalDate.of(2019, 3, 19), d.earliest(), d.reason());
        assertEquals(d.earliest(), d.latest());
        assertEquals(LocalDate.of(2019, 3, 18), resolver.eventDate(r, 3, Reports.spanOf(r, "bombing")).earliest());
        assertEquals(LocalDate.of(2019, 3, 20), resolver.eventDate(r, 2, Reports.spanOf(r, "rescued")).latest(), "the rescue keeps its day");
    }

    @Test
    void an_act_done_in_the_last_hours_or_days_lies_in_that_stretch_and_a_state_for_the_past_weeks_tells_no_day() {
        // MUC-4 (Bogota, 12 December 1989): "... were assassinated in the last few hours near this northwestern city"
        AnnotatedReport r = Reports.of(WEDNESDAY, "two prosecutors were assassinated in the last few hours near the city .",
                "gunmen killed two farmers in the past two days .", "fighting has raged for the past two weeks .");
        org.sitrep.model.TimeSpan hours = resolver.eventDate(r, 0, Reports.spanOf(r, "assassinated"));
        assertEquals(WEDNESDAY, hours.earliest(), hours.reason());
        assertEquals(WEDNESDAY, hours.latest());
        org.sitrep.model.TimeSpan days = resolver.eventDate(r, 1, Reports.spanOf(r, "killed"));
        assertEquals(WEDNESDAY.minusDays(2), days.earliest(), days.reason());
        assertEquals(WEDNESDAY, days.latest());
        assertEquals(false, "the past two weeks".equals(resolver.eventDate(r, 2, Reports.spanOf(r, "fighting")).text()),
                "'for the past two weeks' is how long the fighting lasted");
    }

    @Test
    void an_act_done_in_the_last_hours_reaches_back_a_day_for_every_day_of_hours() {
        // MUC-4 (Bogota, June 1989): "there have been four dynamite attacks on the pipeline in the last 72 hours"
        AnnotatedReport r = Reports.of(WEDNESDAY, "there have been four dynamite attacks on the pipeline in the last 72 hours .",
                "two people were murdered in the last 24 hours .");
        org.sitrep.model.TimeSpan three = resolver.eventDate(r, 0, Reports.spanOf(r, "attacks"));
        assertEquals(WEDNESDAY.minusDays(3), three.earliest(), three.reason());
        assertEquals(WEDNESDAY, three.latest());
        assertEquals(WEDNESDAY.minusDays(1), resolver.eventDate(r, 1, Reports.spanOf(r, "murdered")).earliest());
    }
}
