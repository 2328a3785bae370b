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
    void a_possessive_day_owns_the_act_in_upper_case_wire_copy_too() {
        // MUC-4 (ACAN-EFE, Guatemala City, 20 May 1988)
        AnnotatedReport r = Reports.of(WEDNESDAY, "THE ESA HAS CLAIMED RESPONSIBILITY FOR MONDAY'S TERRORIST ATTACK AGAINST THE RESIDENCE .");
        assertDay(LocalDate.of(2019, 3, 18), dateOf(r, 0, "ATTACK"));
    }
}
