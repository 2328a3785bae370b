package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** After a Voice of America report from Khartoum (29 November 2019, public domain). */
class EventsMergeTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 11, 29);
    private static final TimeSpan LEAD_WEEK = new TimeSpan(PUBLISHED.minusDays(6), PUBLISHED, 2, null, null, false,
            "not dated in the text; an act told in the report's lead is taken to be within the week before publication");

    private static Event protest(int index, int start, String text, TimeSpan date) {
        return new Event("r-e" + index, "r", SubEventType.PEACEFUL_PROTEST.type(), SubEventType.PEACEFUL_PROTEST, null, null, List.of(), null, date, null,
                new Claim(ClaimStatus.REPORTED, List.of(), "weak", null), new Sentence(index, new Span(start, start + text.length()), text), "Demonstrators",
                0.6, List.of(new org.sitrep.model.Evidence("event_type", new Span(start, start + 13), "Demonstrators")), List.of());
    }

    @Test
    void the_day_a_later_mention_states_wins_over_the_leads_assumed_week() {
        Event lead = protest(1, 0, "Demonstrators flooded the streets in Khartoum.", LEAD_WEEK);
        String told = "Demonstrators chanted as they march in Khartoum Thursday.";
        int at = 100 + told.indexOf("Thursday");
        TimeSpan thursday = new TimeSpan(LocalDate.of(2019, 11, 28), LocalDate.of(2019, 11, 28), 1, "Thursday", new Span(at, at + 8), false, null);
        Event merged = Events.merge(lead, protest(2, 100, told, thursday));
        assertEquals(thursday, merged.date());
        TimeSpan monday = new TimeSpan(LocalDate.of(2019, 11, 25), LocalDate.of(2019, 11, 25), 1, "Monday", new Span(30, 36), false, null);
        Event dated = protest(1, 0, "Demonstrators marched on Monday in Khartoum.", monday);
        assertEquals(monday, Events.merge(dated, protest(2, 100, told, thursday)).date(), "the first's own day stands");
        String tweet = "Demonstrators marched past the shop, where shots were fired later in the evening as police looked on -- Seattle Police Dept. November 10, 2016";
        int stamp = 100 + tweet.indexOf("November");
        TimeSpan tweeted = new TimeSpan(LocalDate.of(2016, 11, 10), LocalDate.of(2016, 11, 10), 1, "November 10, 2016", new Span(stamp, stamp + 17), false, null);
        assertEquals(LEAD_WEEK, Events.merge(lead, protest(2, 100, tweet, tweeted)).date(), "a day far from the act's words dates something else");
        String read = "Demonstrators held the kidnapped man's photo, today read a statement";
        int today = 100 + read.indexOf("today");
        TimeSpan reading = new TimeSpan(LocalDate.of(2019, 11, 29), LocalDate.of(2019, 11, 29), 1, "today", new Span(today, today + 5), false, null);
        assertEquals(LEAD_WEEK, Events.merge(lead, protest(2, 100, read, reading)).date(), "a day past a comma is another verb's");
    }
}
