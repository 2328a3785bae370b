package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/** Sentences after New York reports of March 2013 on the vigils and riots that followed a police shooting. */
class BorrowedDayTest {
    private static boolean borrowed(SubEventType sub, String s, String trigger, String date) {
        int t = s.indexOf(trigger);
        int d = s.indexOf(date);
        return BorrowedDay.borrowed(sub, s, 0, new Span(t, t + trigger.length()), new Span(d, d + date.length()));
    }

    @Test
    void the_day_of_the_shooting_a_vigil_mourns_is_not_the_vigils_day() {
        assertTrue(borrowed(SubEventType.PEACEFUL_PROTEST,
                "More than a hundred people joined a candlelit vigil in East Flatbush, where Kimani Gray was shot by police on Saturday.", "vigil", "on Saturday"));
        assertTrue(borrowed(SubEventType.VIOLENT_DEMONSTRATION,
                "The riot followed a vigil for Kimani Gray, 16, killed by police bullets on Saturday.", "riot", "on Saturday"));
    }

    @Test
    void the_day_captives_were_freed_is_not_the_day_they_were_taken() {
        // after a VOA report of the release of kidnapped schoolgirls in Nigeria (March 2021)
        String s = "More than 270 schoolgirls kidnapped in northwestern Zamfara state were freed by their captors Tuesday.";
        assertTrue(borrowed(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, s, "kidnapped", "Tuesday"));
        assertFalse(borrowed(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, "Gunmen kidnapped 279 girls from their school on Friday.", "kidnapped", "on Friday"));
    }

    @Test
    void the_day_a_court_heard_a_case_is_not_the_day_of_the_arrest() {
        // after a VOA report on a Zimbabwean journalist's detention (March 2025)
        assertTrue(borrowed(SubEventType.ARRESTS, "A judge on Wednesday adjourned the case of a journalist arrested over an interview.", "arrested", "on Wednesday"));
        assertFalse(borrowed(SubEventType.ARRESTS, "Police arrested the journalist on Wednesday.", "arrested", "on Wednesday"));
    }

    @Test
    void the_day_an_account_of_the_act_came_out_is_not_the_acts_day() {
        // ECB+ (a report of a murder trial in Brooklyn, April 2013; the shooting was in October 2011)
        assertTrue(borrowed(SubEventType.ATTACK, "Video of Brooklyn mother Zurana Horton shot and killed in a gang shooting was revealed Thursday.",
                "shot and killed", "Thursday"));
        assertFalse(borrowed(SubEventType.ATTACK, "A mother was shot and killed in a gang shooting on Thursday, police said.", "shot and killed", "on Thursday"));
        String s = "Video of Brooklyn mother Zurana Horton shot and killed in a gang shooting was revealed Thursday.";
        int t = s.indexOf("shot and killed");
        int d = s.indexOf("Thursday");
        assertTrue(BorrowedDay.revealedDay(s, 0, new Span(t, t + 15), new Span(d, d + 8)), "no week before publication is assumed for such an act");
    }

    @Test
    void the_day_a_toll_rose_is_not_the_day_of_the_bombing() {
        // AFP, November 2016 (Mazar-i-Sharif)
        String s = "The death toll from a powerful Taliban truck bombing at the German consulate rose to at least six Friday, with 100 wounded.";
        assertTrue(borrowed(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, s, "bombing", "Friday"));
        assertFalse(borrowed(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, "A truck bombing at the consulate killed six on Friday.", "bombing", "Friday"));
    }

    @Test
    void a_day_told_of_the_demonstration_itself_stays() {
        assertFalse(borrowed(SubEventType.PEACEFUL_PROTEST, "About 200 people attended the vigil on Wednesday night.", "vigil", "on Wednesday"));
        assertFalse(borrowed(SubEventType.PEACEFUL_PROTEST,
                "On Monday, protesters marched over the killing of a teenager.", "protesters", "On Monday"), "a day before the trigger");
        assertFalse(borrowed(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
                "Police fired on protesters, who were killed on Monday.", "fired on protesters", "on Monday"), "the harm is the event");
        assertFalse(borrowed(SubEventType.ARMED_CLASH, "Rebels clashed with troops over the killing of a leader on Monday.", "clashed", "on Monday"));
    }

    @Test
    void a_lead_demonstration_keeps_the_week_before_publication() {
        TimeSpan saturday = TimeSpan.day(LocalDate.of(2013, 3, 9), "on Saturday", new Span(90, 101));
        TimeSpan lead = BorrowedDay.withoutBorrowedDay(saturday, LocalDate.of(2013, 3, 12), true);
        assertEquals(LocalDate.of(2013, 3, 6), lead.earliest());
        assertEquals(LocalDate.of(2013, 3, 12), lead.latest());
        assertFalse(BorrowedDay.withoutBorrowedDay(saturday, LocalDate.of(2013, 3, 12), false).known());
    }
}
