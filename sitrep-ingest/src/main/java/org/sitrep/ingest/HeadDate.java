package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.MonthNames;

/**
 * The publication date an article carries in its own head when its source gave none: pasted and scraped
 * copy keeps the site's date line ("Published: March 13, 2013", "May 2, 2013, 1:12 PM Lawyer: ...",
 * "Updated Saturday, December 05, 2009 8:28 PM", "11/30/09 05:40"). Only a full date (day, month and year)
 * in the first {@link #HEAD_CHARS} characters counts, and only where a date line puts it: at the very start
 * (after a weekday), after a label (published, updated, posted, date), or next to a clock time. A date in a
 * headline's words ("the September 11, 2001 attacks") has none of these and is left alone. Numeric dates
 * with slashes are read month first, as US sites write them; with dots ("posted on 08.07.2012") day first,
 * as European sites write them.
 */
final class HeadDate {
    static final int HEAD_CHARS = 300;
    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern DATE = Pattern.compile("(?i)\\b(?:"
            + MONTH + "\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})"
            + "|(?<day2>\\d{1,2})\\s+" + MONTH.replace("<month>", "<month2>") + "\\.?,?\\s+(?<year2>\\d{4})"
            + "|(?<nm>\\d{1,2})/(?<nd>\\d{1,2})/(?<ny>\\d{4}|\\d{2})"
            + "|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})"
            + "|(?<ed>\\d{1,2})\\.(?<em>\\d{1,2})\\.(?<ey>\\d{4}))\\b");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(mon|tues|wednes|thurs|fri|satur|sun)day,?");
    private static final Pattern LABEL = Pattern.compile("(?i)\\b(published|updated|posted|released|date|first published|last updated)(\\s+(on|time))?\\s*:?\\s*(" + WEEKDAY.pattern() + ")?\\s*$");
    private static final Pattern CLOCK_AFTER = Pattern.compile("(?i)^\\s*(,|\\||@|at)?\\s*\\d{1,2}:\\d{2}");
    private static final Pattern CLOCK_BEFORE = Pattern.compile("(?i)\\d{1,2}:\\d{2}\\s*(a\\.m\\.|p\\.m\\.|am|pm)?\\s*(\\p{Lu}{2,4}T?)?\\s*,?\\s*$");

    private HeadDate() {}

    static Optional<LocalDate> in(String text) {
        String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
        Matcher m = DATE.matcher(head);
        while (m.find()) {
            String before = head.substring(0, m.start());
            String after = head.substring(m.end());
            boolean atStart = before.isBlank() || WEEKDAY.matcher(before.strip()).matches();
            if (atStart || LABEL.matcher(before).find() || CLOCK_AFTER.matcher(after).find() || CLOCK_BEFORE.matcher(before).find()) {
                Optional<LocalDate> date = date(m);
                if (date.isPresent()) return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Matcher m) {
        try {
            if (m.group("month") != null) return Optional.of(LocalDate.of(year(m.group("year")), MonthNames.number(m.group("month")), Integer.parseInt(m.group("day"))));
            if (m.group("month2") != null) return Optional.of(LocalDate.of(year(m.group("year2")), MonthNames.number(m.group("month2")), Integer.parseInt(m.group("day2"))));
            if (m.group("nm") != null) return Optional.of(LocalDate.of(year(m.group("ny")), Integer.parseInt(m.group("nm")), Integer.parseInt(m.group("nd"))));
            if (m.group("ed") != null) return Optional.of(LocalDate.of(Integer.parseInt(m.group("ey")), Integer.parseInt(m.group("em")), Integer.parseInt(m.group("ed"))));
            return Optional.of(LocalDate.of(Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")), Integer.parseInt(m.group("id"))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "13/45/2010": no date
        }
    }

    /** Two digits: this century up to next year, the last one before (a 1990 archive writes "90"). */
    private static int year(String y) {
        int n = Integer.parseInt(y);
        if (y.length() == 4) return n;
        int pivot = (LocalDate.now().getYear() + 1) % 100;
        return n <= pivot ? 2000 + n : 1900 + n;
    }
}
