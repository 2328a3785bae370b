package org.sitrep.incident;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Invented reports: what story linking must join and keep apart. */
class StoryMatcherTest {
    private final StoryMatcher matcher = new StoryMatcher(StoryOptions.defaults());
    /** Twenty stories seen, none holding these terms but the generic ones listed. */
    private final TermStatistics stats = new TermStatistics(20, Map.of("l:united states", 12, "n:reuters", 15, "k:kill", 8));

    private static Map<String, Integer> terms(Object... termAndCount) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < termAndCount.length; i += 2) m.put((String) termAndCount[i], (Integer) termAndCount[i + 1]);
        return m;
    }

    private static StoryFeatures report(String date, Object... termAndCount) {
        return new StoryFeatures(date == null ? null : LocalDate.parse(date), "headline", terms(termAndCount));
    }

    // A 7.6 quake off Sumatra, reported twice on consecutive days.
    private static final StoryFeatures SUMATRA_1 = report("2009-09-30", "l:sumatra", 3, "l:padang", 2, "l:indonesia", 2, "n:usgs", 1,
            "k:earthquake", 2, "k:strike", 1, "k:collapse", 1, "#:7.6", 1, "#:75", 1);
    private static final StoryFeatures SUMATRA_2 = report("2009-10-01", "l:padang", 3, "l:sumatra", 1, "l:indonesia", 1, "k:earthquake", 1,
            "k:rescuer", 1, "k:rubble", 1, "#:7.6", 1, "#:529", 1, "n:reuters", 1);
    // A quake the same week in California: same kind of happening, same agency quoted.
    private static final StoryFeatures CALIFORNIA = report("2009-10-01", "l:california", 2, "l:los angeles", 1, "n:usgs", 1,
            "k:earthquake", 2, "k:strike", 1, "k:shake", 1, "#:4.5", 1, "l:united states", 1);

    @Test
    void two_reports_of_one_earthquake_join_one_story() {
        StoryProfile story = StoryProfile.founded("s1", SUMATRA_1);
        StoryMatch m = matcher.match(SUMATRA_2, List.of(story), stats).orElseThrow();
        assertEquals("s1", m.storyId());
        assertTrue(m.score() >= StoryOptions.defaults().minScore(), "score " + m.score());
    }

    @Test
    void earthquakes_in_different_countries_stay_apart_though_they_share_kind_and_agency() {
        StoryProfile story = StoryProfile.founded("s1", SUMATRA_1);
        assertEquals(Optional.empty(), matcher.match(CALIFORNIA, List.of(story), stats));
    }

    @Test
    void same_celebrity_in_rehab_a_year_apart_are_two_stories() {
        StoryFeatures first = report("2008-01-10", "n:tara reid", 2, "n:reid", 4, "n:promises treatment center", 1, "l:malibu", 1, "k:rehab", 2, "k:enter", 1);
        StoryFeatures again = report("2009-03-02", "n:tara reid", 1, "n:reid", 3, "n:promises treatment center", 1, "l:malibu", 1, "k:rehab", 2, "k:check", 1);
        StoryProfile story = StoryProfile.founded("s1", first);
        assertEquals(Optional.empty(), matcher.match(again, List.of(story), stats));
        // The same two reports a few days apart are one story: only the dates kept them apart.
        StoryFeatures soon = new StoryFeatures(LocalDate.parse("2008-01-13"), "headline", again.terms());
        assertEquals("s1", matcher.match(soon, List.of(story), stats).orElseThrow().storyId());
    }

    @Test
    void a_trial_months_later_naming_the_same_people_is_a_follow_up_but_a_new_shooting_in_the_city_is_not() {
        StoryFeatures shooting = report("2011-08-20", "n:maria santos", 2, "n:santos", 3, "n:kevin ruiz", 1, "l:queens", 2, "l:flatlands", 1,
                "k:shoot", 2, "k:mother", 1, "k:gang", 1);
        StoryFeatures trial = report("2012-04-11", "n:maria santos", 1, "n:santos", 2, "n:kevin ruiz", 2, "n:ruiz", 3, "l:queens", 1,
                "k:trial", 2, "k:shoot", 1, "k:jury", 1);
        StoryMatch m = matcher.match(trial, List.of(StoryProfile.founded("s1", shooting)), stats).orElseThrow();
        assertTrue(m.reason().startsWith("follow-up"), m.reason());
        // The same city and kind two months on, other people: no follow-up; nor the trial three years on.
        StoryFeatures another = report("2011-10-25", "n:dana price", 2, "n:price", 2, "l:queens", 2, "l:flatlands", 1, "k:shoot", 2, "k:gang", 1);
        assertEquals(Optional.empty(), matcher.match(another, List.of(StoryProfile.founded("s1", shooting)), stats));
        StoryFeatures late = new StoryFeatures(LocalDate.parse("2014-09-01"), "headline", trial.terms());
        assertEquals(Optional.empty(), matcher.match(late, List.of(StoryProfile.founded("s1", shooting)), stats));
    }

    @Test
    void a_brief_left_alone_is_taken_in_once_the_story_has_told_its_names_but_a_story_of_two_is_no_single() {
        StoryFeatures brief = report("2009-10-01", "l:padang", 1, "n:basarnas", 1, "k:rubble", 1, "k:rescuer", 1, "#:529", 1);
        StoryProfile alone = StoryProfile.founded("brief", brief);
        assertEquals(Optional.empty(), matcher.matchSingle(alone, StoryProfile.founded("s1", SUMATRA_1), stats), "the first report shares only Padang");
        StoryFeatures third = report("2009-10-02", "l:padang", 2, "n:basarnas", 1, "k:rescuer", 1, "k:earthquake", 1, "#:7.6", 1);
        StoryProfile grown = StoryProfile.founded("s1", SUMATRA_1).plus(SUMATRA_2).plus(third);
        assertEquals("s1", matcher.matchSingle(alone, grown, stats).orElseThrow().storyId());
        assertEquals(Optional.empty(), matcher.matchSingle(alone.plus(CALIFORNIA), grown, stats));
    }

    @Test
    void an_undated_report_joins_when_its_names_carry_the_decision() {
        StoryFeatures undated = report(null, "n:tara reid", 1, "n:reid", 3, "n:jack ketsoyan", 1, "n:promises treatment center", 1, "k:rehab", 1, "k:publicist", 1);
        StoryFeatures first = report("2008-01-10", "n:tara reid", 2, "n:reid", 4, "n:jack ketsoyan", 1, "n:promises treatment center", 1, "l:malibu", 1, "k:rehab", 2);
        StoryMatch m = matcher.match(undated, List.of(StoryProfile.founded("s1", first)), stats).orElseThrow();
        assertTrue(m.nameScore() >= StoryOptions.defaults().minUndatedNameScore(), "names " + m.nameScore());
        assertTrue(m.reason().startsWith("undated"), m.reason());
    }

    @Test
    void an_undated_report_sharing_only_its_kind_and_a_country_stays_apart() {
        StoryFeatures undated = report(null, "l:indonesia", 1, "l:java", 2, "n:bmkg", 1, "k:earthquake", 2, "k:strike", 1, "k:collapse", 1, "#:6.2", 1);
        assertEquals(Optional.empty(), matcher.match(undated, List.of(StoryProfile.founded("s1", SUMATRA_1)), stats));
    }

    @Test
    void a_second_quake_in_the_same_country_and_week_stays_apart_on_its_own_names() {
        StoryFeatures java = report("2009-10-02", "l:indonesia", 1, "l:java", 2, "n:bmkg", 1, "k:earthquake", 2, "k:strike", 1, "k:collapse", 1, "#:6.2", 1);
        assertEquals(Optional.empty(), matcher.match(java, List.of(StoryProfile.founded("s1", SUMATRA_1)), stats));
        StoryMatcher namesIgnored = new StoryMatcher(new StoryOptions(0.3, 0.0, 0.35, 30, 1.0, 365, 0.5));
        assertTrue(namesIgnored.match(java, List.of(StoryProfile.founded("s1", SUMATRA_1)), stats).isPresent(),
                "kind words and the country alone reach the overall score: the name overlap is what keeps them apart");
    }

    @Test
    void shared_key_words_without_a_shared_name_never_join() {
        StoryFeatures sameWords = report("2009-09-30", "k:earthquake", 2, "k:strike", 1, "k:collapse", 1, "#:7.6", 1, "#:75", 1);
        assertEquals(Optional.empty(), matcher.match(sameWords, List.of(StoryProfile.founded("s1", SUMATRA_1)), stats));
    }

    @Test
    void the_best_of_several_stories_wins() {
        StoryProfile california = StoryProfile.founded("cal", CALIFORNIA);
        StoryProfile sumatra = StoryProfile.founded("sum", SUMATRA_1);
        assertEquals("sum", matcher.match(SUMATRA_2, List.of(california, sumatra), stats).orElseThrow().storyId());
    }

    @Test
    void a_report_within_the_story_span_is_zero_days_apart_and_one_past_its_end_counts_from_the_last_day() {
        StoryProfile story = StoryProfile.founded("s1", SUMATRA_1).plus(SUMATRA_2);
        assertEquals(LocalDate.parse("2009-09-30"), story.earliest());
        assertEquals(LocalDate.parse("2009-10-01"), story.latest());
        assertEquals(2, story.reports());
        assertEquals(5, story.terms().get("l:padang"));
        assertEquals(0, StoryMatcher.daysApart(LocalDate.parse("2009-10-01"), story));
        assertEquals(31, StoryMatcher.daysApart(LocalDate.parse("2009-11-01"), story));
        assertEquals(3, StoryMatcher.daysApart(LocalDate.parse("2009-09-27"), story));
    }

    @Test
    void a_term_every_story_holds_weighs_less_than_a_rare_one() {
        assertTrue(stats.idf("n:reuters") < stats.idf("n:usgs"));
        assertEquals(1.0 + Math.log(21.0), stats.idf("n:usgs"), 1e-9);
    }

    @Test
    void terms_need_a_known_kind_and_a_positive_count() {
        assertThrows(IllegalArgumentException.class, () -> report(null, "earthquake", 1));
        assertThrows(IllegalArgumentException.class, () -> report(null, "k:earthquake", 0));
    }

    @Test
    void two_stories_of_one_happening_meet_once_their_profiles_share_its_names_and_a_dated_story_never_meets_an_undated_one() {
        StoryProfile first = StoryProfile.founded("s1", SUMATRA_1);
        StoryProfile second = StoryProfile.founded("s2", SUMATRA_2);
        StoryProfile elsewhere = StoryProfile.founded("s3", CALIFORNIA);
        StoryMatch met = matcher.matchStory(second, List.of(first, second, elsewhere), stats).orElseThrow();
        assertEquals("s1", met.storyId(), "a story is never matched with itself, and the quake abroad stays apart");
        StoryProfile undated = StoryProfile.founded("s4", new StoryFeatures(null, "headline", SUMATRA_1.terms()));
        assertEquals(Optional.empty(), matcher.matchStory(undated, List.of(second), stats));
        StoryProfile merged = first.merged(second);
        assertEquals(2, merged.reports());
        assertEquals(LocalDate.parse("2009-09-30"), merged.earliest());
        assertEquals(LocalDate.parse("2009-10-01"), merged.latest());
        assertEquals(4, merged.terms().get("l:sumatra"));
    }

    @Test
    void an_undated_report_naming_only_older_years_is_an_older_happening_of_the_same_kind() {
        // A bout between the same two boxers, reported in 2012; an undated report that names only 2005 and 2006.
        StoryProfile bout = StoryProfile.founded("s1", report("2012-07-07", "n:klimenko", 3, "n:tomson", 2, "l:bern", 1, "k:bout", 2, "y:2012", 1));
        StoryFeatures older = report(null, "n:klimenko", 3, "n:tomson", 2, "k:bout", 2, "y:2005", 1, "y:2006", 1);
        assertEquals(Optional.empty(), matcher.match(older, List.of(bout), stats));
        StoryFeatures undatedNow = report(null, "n:klimenko", 3, "n:tomson", 2, "k:bout", 2, "y:2006", 1, "y:2012", 1);
        assertEquals("s1", matcher.match(undatedNow, List.of(bout), stats).orElseThrow().storyId(), "a year near the story's keeps it possible");
        assertTrue(StoryMatcher.yearsTooOld(LocalDate.parse("2012-07-07"), Map.of("n:x", 1), StoryProfile.founded("s2", older)), "and the other way round");
    }

    @Test
    void an_undated_copy_recalling_the_old_year_the_dated_story_recalls_too_is_not_older() {
        // The 2012 report recalls "their 2008 bout"; an undated copy of it names 2008 alone.
        StoryProfile bout = StoryProfile.founded("s1", report("2012-07-07", "n:klimenko", 3, "n:tomson", 2, "l:bern", 1, "k:bout", 2,
                "y:2012", 1, "y:2008", 1));
        StoryFeatures copy = report(null, "n:klimenko", 3, "n:tomson", 2, "l:bern", 1, "k:bout", 2, "y:2008", 1);
        assertEquals("s1", matcher.match(copy, List.of(bout), stats).orElseThrow().storyId());
        StoryFeatures older = report(null, "n:klimenko", 3, "n:tomson", 2, "k:bout", 2, "y:2005", 1, "y:2008", 1);
        assertEquals(Optional.empty(), matcher.match(older, List.of(bout), stats), "a year the story does not name is the report's own");
    }

    @Test
    void an_undated_report_whose_date_line_names_the_storys_day_is_not_older_for_the_old_years_it_recalls() {
        StoryProfile bout = StoryProfile.founded("s1", report("2012-07-07", "n:klimenko", 3, "n:tomson", 2, "l:bern", 1, "k:bout", 2, "y:2012", 1));
        // "Jul. 7 5:59 PM EDT ... in their 2008 bout": the date line lost its year, the text recalls an old one
        StoryFeatures sameDay = report(null, "n:klimenko", 3, "n:tomson", 2, "k:bout", 2, "y:2008", 1, "md:07-07", 1);
        assertEquals("s1", matcher.match(sameDay, List.of(bout), stats).orElseThrow().storyId());
        StoryFeatures otherDay = report(null, "n:klimenko", 3, "n:tomson", 2, "k:bout", 2, "y:2008", 1, "md:12-13", 1);
        assertEquals(Optional.empty(), matcher.match(otherDay, List.of(bout), stats), "a day far from the story's says nothing");
        assertTrue(StoryMatcher.namesDayIn(Map.of("md:07-08", 1), LocalDate.parse("2012-07-07"), LocalDate.parse("2012-07-07")), "a day either side");
        assertFalse(StoryMatcher.namesDayIn(Map.of("md:02-29", 1), LocalDate.parse("2013-02-27"), LocalDate.parse("2013-02-27")), "no such day that year");
    }

    @Test
    void a_brief_whose_names_a_long_story_holds_joins_it_though_its_cosine_is_small() {
        // A climber's fall told at length (many names), then an undated one-line brief naming three of them.
        Map<String, Integer> told = terms("n:mark vinar", 3, "n:miles vinar", 4, "l:mt cook", 3, "l:zurbriggens ridge", 2,
                "k:climber", 3, "k:fall", 2, "k:search", 2, "k:helicopter", 1, "#:43", 1, "#:2", 1);
        for (int i = 1; i <= 30; i++) told.put("n:rescuer or guide " + i, 2); // the people a long story quotes
        StoryProfile story = new StoryProfile("s1", null, null, 6, told);
        StoryFeatures brief = report(null, "n:mark vinar", 1, "l:zurbriggens ridge", 1, "l:mt cook", 1, "k:presume", 1, "k:disappear", 1, "#:43", 1);
        StoryMatch m = matcher.match(brief, List.of(story), stats).orElseThrow();
        assertEquals("s1", m.storyId());
        // Another climber lost on the same mountain shares the mountain but not the names: it stays apart.
        StoryFeatures other = report(null, "n:sarah jones", 1, "l:mt cook", 1, "k:presume", 1, "k:disappear", 1, "n:linda glacier", 1);
        assertEquals(Optional.empty(), matcher.match(other, List.of(story), stats));
    }
}
