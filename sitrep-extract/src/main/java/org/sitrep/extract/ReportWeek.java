package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.TimeSpan;

/**
 * Acts told without a date past a report's lead, in a report of the week's news, are put in the week before publication,
 * as the lead's own undated acts are (the news peg): a bulletin that opens on today's attack and goes on "in Soyapango,
 * rebels murdered two watchmen" tells that week's acts, not acts of unknown date. A report counts as the week's news
 * when an act of its lead is dated within the week before publication. Acts the text dates, acts it frames as background
 * and acts of a report about older happenings keep what the dater said.
 */
final class ReportWeek {
    static final String REASON = "not dated in the text; told in a report of the week's news (an act of its lead is dated within the week"
            + " before publication), taken to be within that week";
    private static final int WEEK = 6;

    private ReportWeek() {}

    static List<Event> apply(List<Event> events, LocalDate published, int leadEnd) {
        if (published == null || events.stream().noneMatch(e -> e.sentence() != null && e.sentence().index() < leadEnd && thisWeek(e.date(), published))) {
            return events;
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            TimeSpan d = e.date();
            if (d.known() || d.background() || d.reason() == null || !d.reason().startsWith(TimeSpan.NO_TIME)) {
                out.add(e);
                continue;
            }
            TimeSpan week = new TimeSpan(published.minusDays(WEEK), published, 2, null, null, false, REASON);
            out.add(Events.redated(e, week));
        }
        return out;
    }

    private static boolean thisWeek(TimeSpan d, LocalDate published) {
        return d.known() && !d.background() && !d.latest().isBefore(published.minusDays(WEEK)) && !d.earliest().isAfter(published);
    }
}
