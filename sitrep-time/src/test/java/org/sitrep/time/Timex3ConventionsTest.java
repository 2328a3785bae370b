package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.TimeExpression;

/**
 * Holidays, lengths of time counted from another event, halves, and finds that are names rather than
 * times. Sentences in wire style, written for these tests after AP and VOA copy.
 */
class Timex3ConventionsTest {
    private static final LocalDate JAN_7_2000 = LocalDate.of(2000, 1, 7);
    private final TimeResolver resolver = new TimeResolver();

    private String found(AnnotatedReport report) {
        return resolver.expressions(report).stream().map(e -> e.text() + "=" + e.type() + ":" + e.value()).collect(Collectors.joining(", "));
    }

    @Test
    void a_holiday_told_in_the_past_is_the_last_one_and_one_ahead_is_the_next() {
        assertEquals("Thanksgiving Day=DATE:1999-11-25", found(Reports.of(JAN_7_2000, "The boy was found at sea on Thanksgiving Day .")));
        assertEquals("Easter=DATE:2000-04-23", found(Reports.of(JAN_7_2000, "The talks will resume after Easter .")));
        assertEquals("Labor Day=DATE:2000-09-04", found(Reports.of(LocalDate.of(2000, 8, 20), "The strike will end before Labor Day .")));
    }

    @Test
    void islamic_holidays_follow_the_islamic_calendar() {
        // Eid al-Fitr 1440 fell on 2019-06-04 (Umm al-Qura), Eid al-Adha 1440 on 2019-08-11
        assertEquals("Eid al-Fitr=DATE:2019-06-04", found(Reports.of(LocalDate.of(2019, 6, 20), "Shelling resumed after Eid al-Fitr .")));
        assertEquals("Eid al-Adha=DATE:2019-08-11", found(Reports.of(LocalDate.of(2019, 8, 1), "A truce was proposed for Eid al-Adha , which will begin soon .")));
    }

    @Test
    void a_length_counted_from_another_event_is_a_duration_without_its_signal_word() {
        assertEquals("Three days=DURATION:P3D", found(Reports.of(JAN_7_2000, "Three days later , the shares fell .")));
        assertEquals("twenty years=DURATION:P20Y", found(Reports.of(JAN_7_2000, "It was not until twenty years after the first flight that a woman flew .")));
    }

    @Test
    void a_year_earlier_stays_a_date_as_results_stories_compare_it() {
        assertEquals("a year earlier=DATE:1999", found(Reports.of(JAN_7_2000, "Profit was $ 5 million a year earlier .")));
    }

    @Test
    void four_digits_before_a_time_zone_are_a_clock_time_not_a_year() {
        // The annotator reads "1200" as the year 1200 (as SUTime does in the full pipeline).
        List<String[]> year = List.<String[]>of(new String[] {"1200", "DATE", "1200"});
        String found = found(Reports.withTimexes(LocalDate.of(2011, 11, 10), year, "There were three further explosions at 3 p.m. ( 1200 GMT ) ."));
        assertTrue(found.contains("3 p.m.=TIME"), found);
        assertTrue(!found.contains("1200"), found);
        String fort = found(Reports.withTimexes(JAN_7_2000, year, "The fort was built in 1200 by the king ."));
        assertTrue(fort.contains("1200=DATE:1200"), fort);
        String military = found(Reports.withTimexes(JAN_7_2000, year, "The bomb exploded at approximately 1200 , killing two ."));
        assertTrue(!military.contains("1200"), military);
        String caseNumber = found(Reports.withTimexes(JAN_7_2000, year, "The charges are attached to case no. 1200 ."));
        assertTrue(!caseNumber.contains("1200"), caseNumber);
    }

    @Test
    void a_part_of_the_day_in_the_plural_is_no_night() {
        // ECB+ (a Brooklyn report of 17 March 2013): "nights" had been read as the night of publication
        List<String[]> night = List.<String[]>of(new String[] {"nights", "TIME", "2013-03-17TNI"});
        String found = found(Reports.withTimexes(LocalDate.of(2013, 3, 17), night, "Over 50 arrests have been made over four nights of protesting ."));
        assertTrue(!found.contains("nights=TIME"), found);
    }

    @Test
    void a_model_year_is_no_date() {
        String car = found(Reports.of(JAN_7_2000, "Witnesses identified the vehicle as a grey 2013 Toyota Camry , police said ."));
        assertTrue(!car.contains("2013"), car);
        String report = found(Reports.of(JAN_7_2000, "The agency cited a 1998 report on the camps ."));
        assertTrue(report.contains("1998=DATE:1998"), report);
        String treaty = found(Reports.of(JAN_7_2000, "The ruling overruled a 1971 Convention which gives Libya the right ."));
        assertTrue(treaty.contains("1971=DATE:1971"), treaty);
    }

    @Test
    void halves_are_the_next_unit_down() {
        assertEquals("2 1/2 years=DURATION:P2Y6M", found(Reports.of(JAN_7_2000, "They lived in camps for 2 1/2 years .")));
        assertEquals("a minute and a half=DURATION:PT1M30S", found(Reports.of(JAN_7_2000, "The flight lasted a minute and a half .")));
        assertEquals("5 1/2 hours=DURATION:PT5H30M", found(Reports.of(JAN_7_2000, "She spent 5 1/2 hours in Nairobi .")));
    }

    @Test
    void a_range_joined_by_the_annotator_is_marked_at_each_end() {
        AnnotatedReport r = Reports.withTimexes(LocalDate.of(1989, 11, 1), List.<String[]>of(new String[] {"from Aug. 26 to Oct. 20", "DURATION", "PT1320H"}),
                "Shares were bought from Aug. 26 to Oct. 20 for $ 23 a share .");
        assertEquals("Aug. 26=DATE:1989-08-26, Oct. 20=DATE:1989-10-20", found(r));
    }

    @Test
    void an_intersection_joined_by_the_annotator_is_split() {
        AnnotatedReport r = Reports.withTimexes(LocalDate.of(1998, 2, 28), List.<String[]>of(new String[] {"more than four hours Friday", "DATE", "XXXX-WXX-5 INTERSECT >PT4H"}),
                "He had to stand for more than four hours Friday in a court .");
        assertTrue(found(r).contains("Friday=DATE:1998-02-27"), found(r));
        assertTrue(!found(r).contains("INTERSECT"), found(r));
    }

    @Test
    void quoted_titles_and_first_names_are_not_times() {
        assertEquals("", found(Reports.of(JAN_7_2000, "Baker said on ABC 's \"This Week\" that the request helps .")));
        assertEquals("", found(Reports.of(JAN_7_2000, "Czech Foreign Minister Jan Kavan signed the treaty .")));
        assertEquals("", found(Reports.of(JAN_7_2000, "About 100,000 women joined the march in Havana .")));
        assertEquals("June=DATE:1999-06", found(Reports.of(JAN_7_2000, "In June President Clinton held talks with the envoy .")));
    }

    @Test
    void a_season_naming_an_operation_is_no_time_in_any_copy() {
        assertEquals("", found(Reports.of(JAN_7_2000, "WITHIN THE FRAMEWORK OF \"OPERATION SPRING,\" A NEW OFFENSIVE WAS LAUNCHED .")));
        assertEquals("", found(Reports.of(JAN_7_2000, "Troops began Operation Winter in the north .")));
        assertEquals("Tuesday=DATE:2000-01-04", found(Reports.of(JAN_7_2000, "Two soldiers died in the operation Tuesday .")));
    }

    @Test
    void a_day_and_month_that_name_a_movement_or_a_street_are_no_date() {
        assertEquals("", found(Reports.of(JAN_7_2000, "THE GOVERNMENT AND THE 19 APRIL MOVEMENT (M-19) HAVE POSTPONED THE SIGNING .")));
        assertEquals("", found(Reports.of(JAN_7_2000, "A bomb exploded on 9 October Avenue .")));
        assertEquals("9 October=DATE:1999-10-09", found(Reports.of(JAN_7_2000, "A bomb exploded on 9 October in the avenue .")));
    }

    @Test
    void lowercased_copy_keeps_its_months() {
        assertEquals("march=DATE:2000-03", found(Reports.of(LocalDate.of(2000, 5, 7), "the offensive was launched in march , officials said .")));
    }

    @Test
    void the_latest_period_of_a_results_story_is_its_quarter_and_a_year_names_that_quarter_then() {
        AnnotatedReport r = Reports.of(LocalDate.of(1989, 10, 26), "Profit for the fiscal first quarter rose 12 % .",
                "Sales in the latest period were $ 2 billion .", "In the 1988 period , the company earned $ 20 million .");
        assertEquals("the fiscal first quarter=DATE:1989-Q1, the latest period=DATE:1989-Q1, the 1988 period=DATE:1988-Q1", found(r));
    }

    @Test
    void a_clock_time_is_on_the_day_its_sentence_names() {
        AnnotatedReport r = Reports.of(LocalDate.of(1999, 5, 5), "He was shot at 10 p.m. on Oct. 23 , 1998 , in his kitchen .");
        assertTrue(found(r).contains("10 p.m.=TIME:1998-10-23T22:00"), found(r));
    }

    @Test
    void a_bare_month_without_a_tense_leans_to_the_past_as_news_does() {
        // no verb within reach: the past March, not the coming one
        assertEquals("March=DATE:1989-03", found(Reports.of(LocalDate.of(1989, 11, 2), "Smith , chairman , president and chief executive officer until his retirement in March .")));
    }

    @Test
    void every_and_each_make_sets() {
        assertEquals("every day=SET:P1D", found(Reports.of(JAN_7_2000, "Relatives pray for the boy every day .")));
        assertEquals("each Thursday=SET:XXXX-WXX-4", found(Reports.of(JAN_7_2000, "A third flight departs each Thursday .")));
        assertEquals("every quarter=SET:P1Q", found(Reports.of(JAN_7_2000, "The company pays interest every quarter .")));
        assertEquals("Tuesday nights=SET:XXXX-WXX-2TNI", found(Reports.of(JAN_7_2000, "The show airs Tuesday nights .")));
        assertEquals("Sundays=SET:XXXX-WXX-7", found(Reports.of(JAN_7_2000, "The market is closed on Sundays .")));
    }

    @Test
    void the_near_term_is_a_future_reference() {
        assertEquals("the near term=DATE:FUTURE_REF", found(Reports.of(JAN_7_2000, "Analysts expect no recovery in the near term .")));
    }

    @Test
    void the_year_ago_quarter_and_halves_of_a_year() {
        LocalDate oct1989 = LocalDate.of(1989, 10, 30);
        assertEquals("the year-ago third quarter=DATE:1988-Q3", found(Reports.of(oct1989, "Net fell from the year-ago third quarter .")));
        assertEquals("the second half of 1989=DATE:1989-H2", found(Reports.of(oct1989, "Sales will improve in the second half of 1989 .")));
    }

    @Test
    void the_march_after_an_article_is_a_walk_in_uncased_copy_but_the_march_5_vote_is_the_month() {
        java.time.LocalDate published = java.time.LocalDate.of(1989, 11, 20);
        org.sitrep.model.AnnotatedReport caps = Reports.of(published, "TWO STUDENTS WERE KILLED DURING THE MARCH .");
        assertTrue(resolver.expressions(caps).stream().noneMatch(e -> e.text().equalsIgnoreCase("march")), resolver.expressions(caps).toString());
        org.sitrep.model.AnnotatedReport vote = Reports.of(published, "THE PARTY LOST THE MARCH 5 VOTE .");
        assertTrue(resolver.expressions(vote).stream().anyMatch(e -> e.text().equalsIgnoreCase("march 5")), resolver.expressions(vote).toString());
    }
}

