package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/** After a Salvadoran radio bulletin of 14 November 1989 (MUC-3 style): the week's acts, one a sentence, most undated. */
class ReportWeekTest {
    private static final LocalDate PUBLISHED = LocalDate.of(1989, 11, 14);
    private static final String NO_TIME = "no time expression in the sentence; the event is only known to precede publication on 1989-11-14";

    private static Event act(int sentence, TimeSpan date, String text) {
        return new Event("r-e" + sentence, "r", SubEventType.ATTACK.type(), SubEventType.ATTACK, null, null, List.of(), null, date, null,
                new Claim(ClaimStatus.REPORTED, List.of(), "weak", null), new Sentence(sentence, new Span(sentence * 100, sentence * 100 + 90), text), "t", 0.7,
                List.of(), List.of());
    }

    @Test
    void an_undated_act_past_the_lead_of_the_weeks_news_is_within_the_week_before_publication() {
        Event lead = act(0, TimeSpan.newsPeg(PUBLISHED), "Clashes were reported in the areas of San Jose Guayabal.");
        Event body = act(5, TimeSpan.unknown(NO_TIME), "In Soyapango, the FMLN subversives murdered two watchmen at the INSA factory.");
        Event vague = act(6, TimeSpan.unknown("\"recently\" gives no day range: vague reference PAST_REF"), "Acts of violence have recently occurred.");
        List<Event> out = ReportWeek.apply(List.of(lead, body, vague), PUBLISHED, 3);
        assertEquals(new TimeSpan(LocalDate.of(1989, 11, 8), PUBLISHED, 2, null, null, false, ReportWeek.REASON), out.get(1).date());
        assertEquals(List.of("date: " + ReportWeek.REASON), out.get(1).notes());
        assertFalse(out.get(2).date().known(), "a vague time the text names stays as the dater read it");
        assertEquals(lead, out.get(0));
    }

    @Test
    void a_report_whose_lead_tells_older_happenings_leaves_its_undated_acts_undated() {
        TimeSpan march = new TimeSpan(LocalDate.of(1989, 3, 1), LocalDate.of(1989, 3, 31), 3, "in March", new Span(20, 28), false, null);
        Event lead = act(0, march, "The trial heard that the priest was murdered in March.");
        Event body = act(5, TimeSpan.unknown(NO_TIME), "Soldiers murdered two watchmen at the factory.");
        assertEquals(List.of(lead, body), ReportWeek.apply(List.of(lead, body), PUBLISHED, 3));
        assertEquals(List.of(body), ReportWeek.apply(List.of(body), PUBLISHED, 3), "no lead act dated");
        assertEquals(List.of(lead, body), ReportWeek.apply(List.of(lead, body), null, 3), "no publication date");
    }
}
