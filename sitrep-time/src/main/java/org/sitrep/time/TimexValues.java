package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;
import org.sitrep.model.TimeSpan;

/** TIMEX3 value strings and the day ranges they denote. Pure functions of their arguments. */
final class TimexValues {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private TimexValues() {}

    static String day(LocalDate d) {
        return d.toString();
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String month(LocalDate d) {
        return String.format("%04d-%02d", d.getYear(), d.getMonthValue());
    }

    static String quarter(LocalDate d) {
        return String.format("%04d-Q%d", d.getYear(), d.get(IsoFields.QUARTER_OF_YEAR));
    }

    static String year(LocalDate d) {
        return String.format("%04d", d.getYear());
    }

    /** ACLED precision of a day range: 1 one day, 2 up to a week, 3 longer. */
    static int precision(LocalDate earliest, LocalDate latest) {
        long days = latest.toEpochDay() - earliest.toEpochDay();
        return days == 0 ? 1 : days <= 7 ? 2 : 3;
    }

    static TimeSpan range(LocalDate earliest, LocalDate latest, String text, Span span) {
        return new TimeSpan(earliest, latest, precision(earliest, latest), text, span, false, null);
    }

    /** The day range a TIMEX3 value denotes; unknown (with the reason) for durations, sets and vague references. */
    static TimeSpan resolve(String type, String value, LocalDate published, String text, Span span) {
        if (value == null || value.isEmpty()) return TimeSpan.unknown("no value");
        if ("DURATION".equals(type) || "SET".equals(type)) return TimeSpan.unknown("a " + type.toLowerCase() + ", not a date");
        if (value.equals("PRESENT_REF")) {
            return published == null ? TimeSpan.unknown("\"now\" without a publication date") : TimeSpan.day(published, text, span);
        }
        if (value.endsWith("_REF")) return TimeSpan.unknown("vague reference " + value);
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) return TimeSpan.day(LocalDate.parse(value.substring(0, 10)), text, span);
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return m.group(3) == null ? range(monday, monday.plusDays(6), text, span) : range(monday.plusDays(5), monday.plusDays(6), text, span);
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return range(ym.atDay(1), ym.atEndOfMonth(), text, span);
            }
            m = QUARTER.matcher(value);
            if (m.matches()) {
                YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2);
                return range(first.atDay(1), first.plusMonths(2).atEndOfMonth(), text, span);
            }
            m = HALF.matcher(value);
            if (m.matches()) {
                YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), 6 * Integer.parseInt(m.group(2)) - 5);
                return range(first.atDay(1), first.plusMonths(5).atEndOfMonth(), text, span);
            }
            m = SEASON.matcher(value);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                return switch (m.group(2)) {
                    case "SP" -> range(LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31), text, span);
                    case "SU" -> range(LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31), text, span);
                    case "FA" -> range(LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30), text, span);
                    default -> range(LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 2, 28), text, span);
                };
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                return range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), text, span);
            }
        } catch (java.time.DateTimeException e) {
            return TimeSpan.unknown("not a calendar date: " + value);
        }
        return TimeSpan.unknown("value " + value + " names no day range");
    }
}
