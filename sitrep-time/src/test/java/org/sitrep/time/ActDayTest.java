package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.TimeSpan;

/** A day that names the act itself beside a verb of saying: right after the act's word, or as its possessive (published Wednesday 2019-03-20). */
class ActDayTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2019, 3, 20);
    private final TimeResolver resolver = new TimeResolver();

    private TimeSpan dateOf(AnnotatedReport report, int sentence, String trigger) {
        return resolver.eventDate(report, sentence, Reports.spanOf(report, trigger));
    }

    private static org.sitrep.model.Span span(String text, String part) {
        int at = text.indexOf(part);
        return new org.sitrep.model.Span(at, at + part.length());
    }

    /** The span is that one day, no range around it. */
    private static void assertDay(LocalDate day, TimeSpan d) {
        assertEquals(day, d.earliest());
        assertEquals(day, d.latest());
    }

    @Test
    void a_day_right_after_the_acts_own_word_dates_the_act_not_the_report() {
        // MUC-4 (EFE, Lima, 9 November 1989): "POLICE SOURCES HAVE REPORTED AT LEAST SIX BOMBINGS LAST NIGHT IN ... AYACUCHO"
        AnnotatedReport r = Reports.of(WEDNESDAY, "police sources have reported at least six bombings last night in the city .");
        assertDay(LocalDate.of(2019, 3, 19), dateOf(r, 0, "bombings"));
        // AFP, November 2016: "The Taliban said the bombing late Thursday ... was a 'revenge attack'"
        assertDay(LocalDate.of(2019, 3, 18), dateOf(Reports.of(WEDNESDAY, "the taliban said the bombing late monday was a revenge attack ."), 0, "bombing"));
    }

    @Test
    void a_day_before_the_trailing_attribution_dates_the_act() {
        // wire style: "Houthi rebels fired missiles at a cargo ship in the Red Sea on Monday, the U.S. military said."
        AnnotatedReport r = Reports.of(WEDNESDAY, "houthi rebels fired missiles at a cargo ship in the red sea on monday , the u.s. military said .");
        assertDay(LocalDate.of(2019, 3, 18), dateOf(r, 0, "fired"));
        // the source's own day follows its verb: the act is within the week before it
        TimeSpan said = dateOf(Reports.of(WEDNESDAY, "houthi rebels fired missiles at a cargo ship , the military said monday ."), 0, "fired");
        assertEquals(LocalDate.of(2019, 3, 12), said.earliest());
        assertEquals(LocalDate.of(2019, 3, 18), said.latest());
        // MUC-4 (Santiago, 24 August 1989): the day of another act between the act and the source dates that act only
        String text = "he was killed in the clash , assumed the leadership in march 2018 , the cni said .";
        assertEquals(false, EventDater.toldBeforeTheSource(text, span(text, "march 2018"), span(text, "clash"), span(text, "said")));
        String own = "rebels fired at a ship on monday , the cni said .";
        assertEquals(true, EventDater.toldBeforeTheSource(own, span(own, "monday"), span(own, "fired"), span(own, "said")));
    }

    @Test
    void a_possessive_day_owns_the_act_in_upper_case_wire_copy_too() {
        // MUC-4 (ACAN-EFE, Guatemala City, 20 May 1988)
        AnnotatedReport r = Reports.of(WEDNESDAY, "THE ESA HAS CLAIMED RESPONSIBILITY FOR MONDAY'S TERRORIST ATTACK AGAINST THE RESIDENCE .");
        assertDay(LocalDate.of(2019, 3, 18), dateOf(r, 0, "ATTACK"));
    }
}
