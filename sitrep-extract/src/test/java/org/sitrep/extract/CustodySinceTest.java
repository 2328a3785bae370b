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
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/** After a Voice of America report of a journalist held in Zimbabwe (13 March 2025, public domain). */
class CustodySinceTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 13);
    private static final TimeSpan LEAD_WEEK = new TimeSpan(PUBLISHED.minusDays(6), PUBLISHED, 2, null, null, false,
            "not dated in the text; an act told in the report's lead is taken to be within the week before publication");

    private static Event arrest() {
        String text = "A judge adjourned the case of a journalist arrested over his interviews.";
        return new Event("r-e1", "r", SubEventType.ARRESTS.type(), SubEventType.ARRESTS, null, null, List.of(), null, LEAD_WEEK, null,
                new Claim(ClaimStatus.REPORTED, List.of(), "weak", null), new Sentence(0, new Span(0, text.length()), text), "arrested", 0.7,
                List.of(), List.of());
    }

    /** What sitrep-time's resolver gives for the expression after "since": the range from it to publication. */
    private static java.util.function.Function<Span, TimeSpan> since(String sentence, int start, String expression, LocalDate from) {
        int at = start + sentence.indexOf(expression);
        return span -> new TimeSpan(from, PUBLISHED, 2, "since " + expression, new Span(at, at + expression.length()), false,
                "since " + expression + " until publication");
    }

    @Test
    void the_day_someone_has_been_held_since_dates_the_told_arrest() {
        String s = "Blessed Mhlanga has been in custody since Feb. 24 over accusations of incitement.";
        List<Event> events = new ArrayList<>(List.of(arrest()));
        CustodySince.apply(s, 1, 100, events, since(s, 100, "Feb. 24", LocalDate.of(2025, 2, 24)));
        assertEquals(LocalDate.of(2025, 2, 24), events.get(0).date().earliest());
        assertEquals(LocalDate.of(2025, 2, 24), events.get(0).date().latest());
        assertTrue(events.get(0).notes().contains(RetoldDates.NOTE));
    }

    @Test
    void a_month_or_year_of_custody_names_no_day_of_arrest() {
        String s = "He has been detained since last year without charge.";
        List<Event> events = new ArrayList<>(List.of(arrest()));
        CustodySince.apply(s, 1, 100, events, since(s, 100, "last year", LocalDate.of(2024, 1, 1)));
        assertEquals(LEAD_WEEK, events.get(0).date());
        String other = "The court has met since Feb. 24 over the case.";
        CustodySince.apply(other, 1, 100, events, since(other, 100, "Feb. 24", LocalDate.of(2025, 2, 24)));
        assertEquals(LEAD_WEEK, events.get(0).date(), "no one said to be held");
        String far = "Blessed Mhlanga has been in custody since Feb. 24 over accusations of incitement.";
        CustodySince.apply(far, 9, 100, events, since(far, 100, "Feb. 24", LocalDate.of(2025, 2, 24)));
        assertEquals(LEAD_WEEK, events.get(0).date(), "an arrest told many sentences before may be another");
    }
}
