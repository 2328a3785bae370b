package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/** A told act and a later sentence naming it again with its day, in wire style after MUC-4 reports (1989-90). */
class RetoldDatesTest {
    private static final TimeSpan LEAD_WEEK = new TimeSpan(LocalDate.of(1990, 1, 10), LocalDate.of(1990, 1, 16), 2, null, null, false,
            "not dated in the text; an act told in the report's lead is taken to be within the week before publication");
    private static final TimeSpan JANUARY_15 = new TimeSpan(LocalDate.of(1990, 1, 15), LocalDate.of(1990, 1, 15), 1, "15 january", new Span(140, 150), false, null);

    private static final String NO_TEXT = " ".repeat(200);

    private static Event told(TimeSpan date) {
        String text = "Unidentified individuals hurled dynamite at the house of a judge";
        return new Event("r-e1", "r", SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED.type(), SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, null, null, List.of(),
                null, date, null, new Claim(ClaimStatus.REPORTED, List.of(), "weak", null), new Sentence(0, new Span(0, text.length()), text), "hurled dynamite",
                0.7, List.of(new Evidence("event_type", new Span(25, 40), "hurled dynamite")), List.of());
    }

    @Test
    void the_day_a_retelling_says_the_act_took_place_dates_the_told_act() {
        List<Event> events = new ArrayList<>(List.of(told(LEAD_WEEK)));
        RetoldDates.apply(NO_TEXT, List.of(new Trigger(SubEventType.ATTACK, new Span(100, 117), "attack took place", 40)), events, t -> JANUARY_15);
        assertEquals(JANUARY_15, events.get(0).date());
        assertTrue(events.get(0).notes().contains(RetoldDates.NOTE));
        assertEquals("15 january", events.get(0).evidence().stream().filter(e -> e.field().equals("date")).findFirst().orElseThrow().text());
    }

    @Test
    void a_reaction_dated_today_or_an_act_with_its_own_day_keeps_the_told_date() {
        List<Event> events = new ArrayList<>(List.of(told(LEAD_WEEK)));
        RetoldDates.apply(NO_TEXT, List.of(new Trigger(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, new Span(100, 113), "kidnapping", 40)), events, t -> JANUARY_15);
        assertEquals(LEAD_WEEK, events.get(0).date(), "'released a note today confirming the kidnapping' dates the note");
        TimeSpan own = new TimeSpan(LocalDate.of(1990, 1, 14), LocalDate.of(1990, 1, 14), 1, "sunday", new Span(50, 56), false, null);
        List<Event> dated = new ArrayList<>(List.of(told(own)));
        RetoldDates.apply(NO_TEXT, List.of(new Trigger(SubEventType.ATTACK, new Span(100, 117), "attack took place", 40)), dated, t -> JANUARY_15);
        assertEquals(own, dated.get(0).date(), "the act's own day stands");
    }

    @Test
    void a_retelling_that_names_the_act_with_its_day_right_after_dates_it() {
        // AFP, November 2016: "The Taliban said the bombing late Thursday ... was a 'revenge attack'"
        List<Event> events = new ArrayList<>(List.of(told(LEAD_WEEK)));
        TimeSpan lateThursday = new TimeSpan(LocalDate.of(1990, 1, 11), LocalDate.of(1990, 1, 11), 1, "late thursday", new Span(108, 121), false, null);
        RetoldDates.apply(NO_TEXT, List.of(new Trigger(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, new Span(100, 107), "bombing", 70)), events, t -> lateThursday);
        assertEquals(lateThursday, events.get(0).date());
        // MUC-4 (Tegucigalpa, 7 February 1989): "an attack on a U.S. military convoy last week" is no retelling of the explosion
        List<Event> other = new ArrayList<>(List.of(told(LEAD_WEEK)));
        RetoldDates.apply(NO_TEXT, List.of(new Trigger(SubEventType.ARMED_CLASH, new Span(100, 106), "attack", 40)), other, t -> lateThursday);
        assertEquals(LEAD_WEEK, other.get(0).date(), "an act of another type keeps its date");
    }

    @Test
    void a_possessive_day_dates_the_act_it_owns() {
        // VOA (Kabul, 9 May 2021): "the death toll had risen to at least 63 from Saturday's multiple blasts outside a girls' school"
        String text = " ".repeat(100) + "the toll rose to 63 from Saturday's multiple blasts outside a school";
        int day = text.indexOf("Saturday");
        int blasts = text.indexOf("blasts");
        TimeSpan saturday = new TimeSpan(LocalDate.of(1990, 1, 13), LocalDate.of(1990, 1, 13), 1, "saturday", new Span(day, day + 8), false, null);
        List<Event> events = new ArrayList<>(List.of(told(LEAD_WEEK)));
        RetoldDates.apply(text, List.of(new Trigger(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, new Span(blasts, blasts + 6), "blasts", 70)), events, t -> saturday);
        assertEquals(saturday, events.get(0).date());
        List<Event> notOwned = new ArrayList<>(List.of(told(LEAD_WEEK)));
        String said = " ".repeat(100) + "on Saturday officials said the blasts outside a school were revenge";
        int d2 = said.indexOf("Saturday");
        int b2 = said.indexOf("blasts");
        TimeSpan sat2 = new TimeSpan(LocalDate.of(1990, 1, 13), LocalDate.of(1990, 1, 13), 1, "saturday", new Span(d2, d2 + 8), false, null);
        RetoldDates.apply(said, List.of(new Trigger(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, new Span(b2, b2 + 6), "blasts", 70)), notOwned, t -> sat2);
        assertEquals(LEAD_WEEK, notOwned.get(0).date(), "a day the officials spoke on is not the act's");
    }
}
