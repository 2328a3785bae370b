package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Fatalities;
import org.sitrep.model.LeftOut;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/** ACLED codes an act only where it can place it below the country and when it can date it; the rest is talk or background. */
class UncodableTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 5, 4);
    private static final Place COUNTRY = new Place("Syria", 0, "SY", null, null, 35.0, 38.0, 3, "A", "Syria", new Span(0, 5), 1, null);
    private static final Place PROVINCE = new Place("Idlib", 169387, "SY", "Idlib", null, 35.9, 36.6, 3, "A", "Idlib", new Span(0, 5), 1, null);
    private static final Place TOWN = new Place("Ariha", 173193, "SY", "Idlib", null, 35.8, 36.6, 1, "P", "Ariha", new Span(0, 5), 1, null);
    private static final TimeSpan UNDATED = TimeSpan.unknown("no time expression in the sentence");
    private static final TimeSpan MONDAY = new TimeSpan(LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 3), 1, "Monday", null, false, null);

    private static Event event(Place place, TimeSpan date) {
        return event(place, date, null);
    }

    private static Event event(Place place, TimeSpan date, Fatalities toll) {
        return new Event("r-e1", "r", EventType.BATTLES, SubEventType.ARMED_CLASH, null, null, null, place, date, toll, null,
                new Sentence(0, new Span(0, 10), "the fight"), "fight", 0.7, null, null);
    }

    @Test
    void an_act_its_words_date_only_to_a_year_or_a_season_is_a_period_but_a_range_inherited_up_to_publication_is_not() {
        // VOA (Sudan, 2025): "having treated 385 survivors last year"
        TimeSpan lastYear = new TimeSpan(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), 3, "last year", null, false, null);
        assertEquals(Optional.of("period: the told range spans more than two months: no act of a day, a week or a month"),
                EventConfidence.whyLeftOut(event(TOWN, lastYear), PUBLISHED));
        TimeSpan april = new TimeSpan(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30), 3, "in April", null, false, null);
        assertEquals(Optional.empty(), EventConfidence.whyLeftOut(event(TOWN, april), PUBLISHED));
        // VOA (Pakistan, 2025): "Last month, insurgents ambushed a bus ... Days later, a roadside bomb killed 11": the act told
        // after takes last month's start, up to publication
        TimeSpan inherited = new TimeSpan(LocalDate.of(2021, 3, 1), PUBLISHED, 3, "last month", null, false, EventExtractor.INHERITED_DATE + "1");
        assertEquals(Optional.empty(), EventConfidence.whyLeftOut(event(TOWN, inherited), PUBLISHED));
        // AFP (Guatemala, 1989): "This position had been vacant since 1 August, when Danilo Varillas ... was shot to death"
        TimeSpan since = new TimeSpan(LocalDate.of(2021, 1, 1), PUBLISHED, 3, "since 1 January", null, false, "since 1 January until publication");
        assertEquals(Optional.empty(), EventConfidence.whyLeftOut(event(TOWN, since), PUBLISHED));
    }

    @Test
    void an_undated_act_placed_nowhere_or_only_in_a_country_is_not_coded() {
        assertTrue(EventConfidence.uncodable(event(null, UNDATED), PUBLISHED), "\"everybody knows somebody who has been arrested\"");
        assertTrue(EventConfidence.uncodable(event(COUNTRY, UNDATED), PUBLISHED), "\"the recent border skirmish\" in a country");
        assertTrue(EventConfidence.uncodable(event(COUNTRY, null), PUBLISHED));
    }

    @Test
    void a_province_a_town_or_any_date_makes_the_act_codable() {
        assertFalse(EventConfidence.uncodable(event(PROVINCE, UNDATED), PUBLISHED), "ACLED places such an act at the province, precision 3");
        assertFalse(EventConfidence.uncodable(event(TOWN, UNDATED), PUBLISHED));
        assertFalse(EventConfidence.uncodable(event(COUNTRY, MONDAY), PUBLISHED), "a dated act in a country is kept: its place may be found later");
        assertFalse(EventConfidence.uncodable(event(null, MONDAY), PUBLISHED));
    }

    @Test
    void an_act_with_a_toll_stays_even_unplaced_and_undated() {
        Fatalities six = new Fatalities(6, 6, 6, false, false, "six people were killed", new Span(0, 22));
        assertFalse(EventConfidence.uncodable(event(COUNTRY, UNDATED, six), PUBLISHED));
        assertTrue(EventConfidence.uncodable(event(COUNTRY, UNDATED, new Fatalities(0, 0, 0, false, false, "no one was hurt", new Span(0, 15))), PUBLISHED),
                "no one killed is no toll");
    }

    @Test
    void without_a_publication_date_nothing_is_dated_so_the_rule_says_nothing() {
        assertFalse(EventConfidence.uncodable(event(null, UNDATED), null));
    }

    @Test
    void a_range_of_more_than_a_year_is_a_period_not_an_act() {
        // voa-8008152: "Since August 2022, when Somalian President Hassan Sheikh Mohamud called for a 'total war' against al-Shabab, ..."
        assertTrue(EventConfidence.period(new TimeSpan(LocalDate.of(2022, 8, 1), LocalDate.of(2025, 3, 12), 3, "Since August 2022", null, false, null)));
        TimeSpan year = new TimeSpan(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 3, "last year", null, false, null);
        assertTrue(EventConfidence.period(year, PUBLISHED), "a year told by the act's own words is no date ACLED codes (a month at worst)");
        assertFalse(EventConfidence.period(year), "without a publication date, only the year's bound");
        assertFalse(EventConfidence.period(MONDAY));
        assertFalse(EventConfidence.period(UNDATED));
    }

    @Test
    void each_act_left_out_says_why() {
        assertEquals(Optional.of("uncodable: no date, no place below the country and no toll"), EventConfidence.whyLeftOut(event(COUNTRY, UNDATED), PUBLISHED));
        TimeSpan old = new TimeSpan(LocalDate.of(2014, 4, 14), LocalDate.of(2014, 4, 14), 1, "April 2014", null, false, null);
        assertEquals(Optional.of("history: dated a year or more before publication"), EventConfidence.whyLeftOut(event(TOWN, old), PUBLISHED));
        assertEquals(Optional.empty(), EventConfidence.whyLeftOut(event(TOWN, MONDAY), PUBLISHED));
        LeftOut left = LeftOuts.of(event(COUNTRY, UNDATED), "uncodable");
        assertEquals(SubEventType.ARMED_CLASH, left.subType());
        assertEquals("fight", left.text(), "an event without trigger evidence gives its trigger words");
        assertEquals(new Span(0, 10), left.span(), "... and its sentence's offsets");
    }
}
