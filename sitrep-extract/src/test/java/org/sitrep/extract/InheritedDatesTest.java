package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/** Undated acts told after a dated one, in a report published Wednesday 2019-03-20. */
class InheritedDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 20);

    private static Event event(int sentence, SubEventType sub, TimeSpan date) {
        return event(sentence, sub, date, "s");
    }

    private static Event event(int sentence, SubEventType sub, TimeSpan date, String text) {
        return new Event("r-e" + sentence, "r", sub.type(), sub, null, null, List.of(), null, date, null, null,
                new Sentence(sentence, new Span(sentence * 100, sentence * 100 + 90), text), "t", 0.5, List.of(), List.of());
    }

    @Test
    void an_act_of_the_same_kind_keeps_the_range_and_another_kind_runs_to_publication() {
        TimeSpan bombing = new TimeSpan(LocalDate.of(2019, 3, 15), LocalDate.of(2019, 3, 17), 2, "their third day", new Span(10, 25), false, "counted back");
        List<Event> out = InheritedDates.apply(List.of(
                event(0, SubEventType.AIR_DRONE_STRIKE, bombing),
                event(1, SubEventType.AIR_DRONE_STRIKE, TimeSpan.unknown("no date")),
                event(2, SubEventType.ARMED_CLASH, TimeSpan.unknown("no date"))), PUBLISHED);
        assertEquals(LocalDate.of(2019, 3, 17), out.get(1).date().latest(), "one strike of the bombing told next lies within it");
        assertEquals(LocalDate.of(2019, 3, 15), out.get(2).date().earliest());
        assertEquals(PUBLISHED, out.get(2).date().latest(), "a clash told after it may be later");
    }

    @Test
    void a_sentence_that_names_an_earlier_year_moves_the_story_back_and_stops_the_inheritance() {
        // VOA (Kenya, 2020): "a deadly January attack ..." then "one afternoon in 2017 ... the car hit a roadside bomb"
        TimeSpan january = new TimeSpan(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 31), 3, "January", new Span(10, 17), false, "month");
        List<Event> events = List.of(event(0, SubEventType.ARMED_CLASH, january), event(2, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, TimeSpan.unknown("no date")));
        assertEquals(false, InheritedDates.apply(events, PUBLISHED, java.util.Map.of(1, 2017)).get(1).date().known());
        assertEquals(true, InheritedDates.apply(events, PUBLISHED, java.util.Map.of(1, 2019)).get(1).date().known(), "the same year");
        assertEquals(true, InheritedDates.apply(events, PUBLISHED, java.util.Map.of(3, 2017)).get(1).date().known(), "named after the act");
    }

    @Test
    void an_undated_act_right_after_a_sentence_set_in_an_old_year_is_history_of_that_year() {
        // VOA (Central African Republic, 2024): "... descended into violence in 2013 when rebels seized power. A militia ... fought back"
        Event fought = event(23, SubEventType.ARMED_CLASH, TimeSpan.unknown("no time expression in the sentence"));
        TimeSpan d = InheritedDates.apply(List.of(fought), PUBLISHED, java.util.Map.of(), java.util.Map.of(22, 2013)).get(0).date();
        assertEquals(new TimeSpan(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31), 3, null, null, false, InheritedDates.OLD_YEAR + "2013 (sentence 23)"), d);
        assertEquals(true, EventConfidence.history(d, PUBLISHED), "then left out as history");
        assertEquals(false, InheritedDates.apply(List.of(fought), PUBLISHED, java.util.Map.of(), java.util.Map.of(22, 2018)).get(0).date().known(),
                "last year may be last month");
        assertEquals(false, InheritedDates.apply(List.of(fought), PUBLISHED, java.util.Map.of(), java.util.Map.of(20, 2013)).get(0).date().known(),
                "only the sentence just before");
    }

    @Test
    void the_news_peg_gives_way_to_the_day_of_an_act_told_just_before() {
        // MUC-4 style: "guerrillas killed a judge today." then "the attack was carried out by ..." (undated, in the lead)
        TimeSpan today = TimeSpan.day(PUBLISHED, "today", new Span(30, 35));
        List<Event> out = InheritedDates.apply(List.of(event(0, SubEventType.ATTACK, today),
                event(1, SubEventType.ATTACK, TimeSpan.newsPeg(PUBLISHED))), PUBLISHED);
        assertEquals(PUBLISHED, out.get(1).date().earliest(), out.get(1).date().reason());
        assertEquals(PUBLISHED, out.get(1).date().latest());
        // an act told before the week the peg stands for does not date it
        TimeSpan old = TimeSpan.day(LocalDate.of(2018, 5, 2), "May 2, 2018", new Span(30, 41));
        List<Event> kept = InheritedDates.apply(List.of(event(0, SubEventType.ATTACK, old),
                event(1, SubEventType.ATTACK, TimeSpan.newsPeg(PUBLISHED))), PUBLISHED);
        assertEquals(true, kept.get(1).date().newsPeg());
    }

    @Test
    void a_sentence_that_points_back_at_the_act_takes_its_date_however_far_back() {
        // MUC-4 (1989): the clash told in the lead, "In this clash, residents ... were rocketed" eight sentences on
        TimeSpan may27 = TimeSpan.day(LocalDate.of(2019, 3, 17), "17 March", new Span(10, 18));
        List<Event> out = InheritedDates.apply(List.of(event(0, SubEventType.ARMED_CLASH, may27),
                event(8, SubEventType.AIR_DRONE_STRIKE, TimeSpan.unknown("no date"), "In this clash, residents were rocketed by helicopters."),
                event(16, SubEventType.ATTACK, TimeSpan.unknown("no date"), "Residents were machinegunned.")), PUBLISHED);
        assertEquals(LocalDate.of(2019, 3, 17), out.get(1).date().earliest(), out.get(1).date().reason());
        assertEquals(false, out.get(2).date().known(), "eight sentences on, pointing nowhere: no date");
    }
}
