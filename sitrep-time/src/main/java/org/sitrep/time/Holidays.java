package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The days of named holidays (time-words.tsv, category "holiday"), by rule rather than by a table of dates:
 * a fixed day ("12-25"), the nth weekday of a month ("11:4:4", Thanksgiving; "05:-1:1", the last Monday of
 * May; "11:1:1+1", the day after the first Monday of November), Easter and days counted from it ("easter-2"),
 * and days of the Islamic calendar ("hijri:10-01", Eid al-Fitr) through java.time's Umm al-Qura calendar.
 * A rule gives the candidate days around an anchor; the normalizer picks one by distance and tense, so
 * "Elian was found on Thanksgiving Day" read in January is the November before, not the next one.
 */
final class Holidays {
    private Holidays() {}

    /** The holiday's days in the years around {@code anchor} (three Gregorian or Islamic years). */
    static List<LocalDate> around(String rule, LocalDate anchor) {
        List<LocalDate> out = new ArrayList<>();
        if (rule.startsWith("hijri:")) {
            String[] md = rule.substring(6).split("-");
            int hy = HijrahDate.from(anchor).get(ChronoField.YEAR);
            for (int y = hy - 1; y <= hy + 1; y++) {
                out.add(LocalDate.from(HijrahDate.of(y, Integer.parseInt(md[0]), Integer.parseInt(md[1]))));
            }
            return out;
        }
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) out.add(inYear(rule, y));
        return out;
    }

    /** The holiday's day in Gregorian year {@code year}; not for Islamic-calendar rules. */
    static LocalDate inYear(String rule, int year) {
        if (rule.startsWith("easter")) {
            int shift = rule.length() > 6 ? Integer.parseInt(rule.substring(6)) : 0;
            return easter(year).plusDays(shift);
        }
        int plus = 0;
        String r = rule;
        int p = r.indexOf('+');
        if (p > 0) {
            plus = Integer.parseInt(r.substring(p + 1));
            r = r.substring(0, p);
        }
        if (r.contains("-")) {
            String[] md = r.split("-");
            return LocalDate.of(year, Integer.parseInt(md[0]), Integer.parseInt(md[1])).plusDays(plus);
        }
        String[] parts = r.split(":");
        LocalDate first = LocalDate.of(year, Integer.parseInt(parts[0]), 1);
        int nth = Integer.parseInt(parts[1]);
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(parts[2]));
        LocalDate day = nth < 0 ? first.with(TemporalAdjusters.lastInMonth(dow)) : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, dow));
        return day.plusDays(plus);
    }

    // Western Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher); java.time has no Easter.
    static LocalDate easter(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
