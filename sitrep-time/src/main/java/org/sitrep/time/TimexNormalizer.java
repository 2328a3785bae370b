package org.sitrep.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeSpan;

/**
 * Gives a recognized mention its TIMEX3 value and day range against an anchor day (the publication
 * date, or for "a few days earlier" the day of the event referred to). Tense decides the direction of
 * bare weekdays and months: past looks back from the anchor, future looks forward.
 */
final class TimexNormalizer {
    private final TimeLexicon lexicon;

    TimexNormalizer(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The normalized expression, or null when the mention turns out to be no valid date (e.g. "feb 31"). */
    TimeExpression normalize(Mention m, LocalDate anchor, Tense tense, int sentenceIndex) {
        try {
            Value v = value(m, anchor, tense);
            if (v == null) return null;
            TimeSpan resolved = v.resolved != null ? v.resolved : TimexValues.resolve(v.type, v.value, anchor, m.text(), m.span());
            return new TimeExpression(m.span(), m.text(), sentenceIndex, v.type, v.value, resolved);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private record Value(String type, String value, TimeSpan resolved) {
        Value(String type, String value) {
            this(type, value, null);
        }
    }

    private Value value(Mention m, LocalDate anchor, Tense tense) {
        String type = m.type();
        return switch (m.kind()) {
            case "iso", "slash", "monthdayyear", "daymonthyear" -> new Value(type, TimexValues.day(LocalDate.of(year(m.group("year")), month(m), Integer.parseInt(m.group("day")))));
            case "monthyear" -> new Value(type, String.format("%04d-%02d", year(m.group("year")), month(m)));
            case "monthday", "daymonth" -> monthDay(m, anchor, tense);
            case "weekof" -> {
                Value day = monthDay(m, anchor, tense);
                yield day.value.startsWith("X") ? new Value(type, "XXXX-WXX") : new Value(type, TimexValues.week(LocalDate.parse(day.value)));
            }
            case "month" -> monthOnly(m, anchor, tense);
            case "weekday" -> weekday(m, anchor, tense);
            case "deictic" -> deictic(m, anchor);
            case "daypart" -> anchor == null ? new Value(type, "XXXX-XX-XXT" + part(m))
                    : new Value(type, TimexValues.day(m.group("rel").equals("last") ? anchor.minusDays(1) : anchor) + "T" + part(m));
            case "relunit" -> relativeUnit(m, anchor);
            case "weekend" -> weekend(m, anchor, tense);
            case "yearago" -> new Value(m.type(), anchor == null ? "XXXX" : TimexValues.year(anchor.minusYears(1)));
            case "ago" -> ago(m, anchor);
            case "laterunit" -> m.group("unit").equals("hours")
                    ? new Value(type, DiscourseDates.placeholder("day", 0), TimeSpan.unknown("refers to a date named earlier in the report"))
                    : new Value(type, "XXXX-XX-XX", TimeSpan.unknown("some " + m.group("unit") + " after a date named earlier in the report"));
            case "duration", "plural", "recent" -> duration(m, anchor);
            case "year" -> new Value(type, m.group("year"));
            case "spokenyear" -> new Value(type, Integer.toString(1900 + spokenTens(m.group("tens")) + spokenUnit(m.group("unit"))));
            case "coming" -> new Value(type, "FUTURE_REF", TimeSpan.unknown("an unspecified time ahead"));
            case "decade" -> decade(m);
            case "periodended" -> new Value(type, "P1Y");
            case "quarter" -> quarter(m, anchor, tense);
            // "the quarter" names the quarter the report is about; TimeResolver puts that quarter in, or drops it.
            case "thequarter" -> new Value(type, TimeResolver.ANAPHORIC_QUARTER);
            // "the latest period", "the 1988 period": in a results story, the quarter reported on (of that year)
            case "theperiod" -> new Value(type, m.group("year") == null ? TimeResolver.ANAPHORIC_QUARTER : m.group("year") + "-QX");
            case "thatunit" -> new Value(type, DiscourseDates.placeholder(m.group("unit"), m.group("shift") != null ? 1 : 0),
                    TimeSpan.unknown("refers to a date named earlier in the report"));
            case "yearend" -> yearEnd(m, anchor, tense);
            case "season" -> season(m, anchor);
            case "holiday" -> holiday(m, anchor, tense);
            case "set" -> set(m);
            // "the first half of 1989", "the second half of the year": TIMEX3 halves
            case "half" -> anchor == null && m.group("year") == null ? null
                    : new Value(type, (m.group("year") != null ? m.group("year") : Integer.toString(anchor.getYear())) + (m.group("ord").equals("first") ? "-H1" : "-H2"));
            case "reference" -> new Value(type, lexicon.value("reference", m.group("reference")));
            case "clock" -> clock(m, anchor);
            default -> null;
        };
    }

    private Value monthDay(Mention m, LocalDate anchor, Tense tense) {
        int month = month(m);
        int day = Integer.parseInt(m.group("day"));
        if (anchor == null) return new Value(m.type(), String.format("XXXX-%02d-%02d", month, day));
        LocalDate date = NearestDate.inNearestYear(anchor, tense, y -> LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth())));
        if (date.getDayOfMonth() != day) return null;
        return new Value(m.type(), TimexValues.day(date));
    }

    private Value monthOnly(Mention m, LocalDate anchor, Tense tense) {
        int month = month(m);
        if (anchor == null) return new Value(m.type(), String.format("XXXX-%02d", month));
        int relation = relation(m.group("rel"));
        YearMonth current = YearMonth.from(anchor);
        YearMonth named;
        if (m.group("rel") != null && relation == 0) {
            named = YearMonth.of(anchor.getYear(), month); // "this September": the anchor's year
        } else if (m.group("rel") != null) {
            named = YearMonth.of(anchor.getYear(), month);
            if (relation < 0 && !named.isBefore(current)) named = named.minusYears(1);
            if (relation > 0 && !named.isAfter(current)) named = named.plusYears(1);
        } else {
            named = YearMonth.from(NearestDate.inNearestYear(anchor, tense, y -> LocalDate.of(y, month, 15)));
        }
        TimeSpan resolved = edgeOfMonth(named, m.group("edge"), m);
        return new Value(m.type(), String.format("%04d-%02d", named.getYear(), month), resolved);
    }

    /** "the 1990s" is TIMEX3 "199" (the decade's digits); "the early 1980s" covers its first years. */
    private static Value decade(Mention m) {
        int first = Integer.parseInt(m.group("decade")) * 10;
        String edge = m.group("edge");
        int from = "late".equals(edge) ? first + 7 : "mid".equals(edge) ? first + 3 : first;
        int to = "early".equals(edge) ? first + 3 : "mid".equals(edge) ? first + 6 : first + 9;
        return new Value(m.type(), m.group("decade"), TimexValues.range(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), m.text(), m.span()));
    }

    /**
     * "by year's end" ahead, "since year-end" back: the year whose December is meant (TIMEX3: the year, mod END).
     * The one-word "year-end" is the accounting term for the closing day, December 31.
     */
    private static Value yearEnd(Mention m, LocalDate anchor, Tense tense) {
        boolean closingDay = m.text().toLowerCase(java.util.Locale.ROOT).endsWith("year-end");
        if (anchor == null) return new Value(m.type(), closingDay ? "XXXX-12-31" : "XXXX");
        YearMonth december = YearMonth.of(anchor.getYear() - (tense == Tense.PAST && anchor.getMonthValue() < 12 ? 1 : 0), 12);
        if (closingDay) return new Value(m.type(), TimexValues.day(december.atEndOfMonth()));
        return new Value(m.type(), Integer.toString(december.getYear()),
                TimexValues.range(december.atDay(1), december.atEndOfMonth(), m.text(), m.span()));
    }

    /** "every day" P1D, "each quarter" P1Q, "each Thursday" XXXX-WXX-4, "each July" XXXX-07: TIMEX3 SET values. */
    private Value set(Mention m) {
        if (m.group("wd") != null) return new Value(m.type(), "XXXX-WXX-" + lexicon.value("weekday", m.group("wd")), TimeSpan.unknown("a repeated time"));
        if (m.group("wd2") != null) {
            String part = lexicon.value("daypart", m.group("parts").substring(0, m.group("parts").length() - 1));
            return new Value(m.type(), "XXXX-WXX-" + lexicon.value("weekday", m.group("wd2")) + (part == null ? "" : "T" + part), TimeSpan.unknown("a repeated time"));
        }
        if (m.group("month") != null) return new Value(m.type(), String.format("XXXX-%02d", month(m)), TimeSpan.unknown("a repeated time"));
        String unit = switch (m.group("unit")) {
            case "day" -> "D";
            case "week" -> "W";
            case "month" -> "M";
            case "quarter" -> "Q";
            default -> "Y";
        };
        return new Value(m.type(), "P1" + unit, TimeSpan.unknown("a repeated time"));
    }

    /** A named holiday: of its days around the anchor, the nearest, weighed by tense as a month and day is. */
    private Value holiday(Mention m, LocalDate anchor, Tense tense) {
        String rule = lexicon.value("holiday", m.group("holiday"));
        if (rule == null) return null;
        if (anchor == null) return new Value(m.type(), rule.matches("\\d\\d-\\d\\d") ? "XXXX-" + rule : "XXXX-XX-XX");
        return new Value(m.type(), TimexValues.day(NearestDate.nearest(anchor, tense, Holidays.around(rule, anchor))));
    }

    private static TimeSpan edgeOfMonth(YearMonth ym, String edge, Mention m) {
        if (edge == null) return null;
        return switch (edge) {
            case "early" -> TimexValues.range(ym.atDay(1), ym.atDay(10), m.text(), m.span());
            case "late" -> TimexValues.range(ym.atDay(21), ym.atEndOfMonth(), m.text(), m.span());
            default -> TimexValues.range(ym.atDay(11), ym.atDay(20), m.text(), m.span());
        };
    }

    private Value weekday(Mention m, LocalDate anchor, Tense tense) {
        int wd = Integer.parseInt(lexicon.value("weekday", m.group("wd")));
        // TimeBank dates "friday night" as the day: the part of day does not change which day it is.
        if (anchor == null) return new Value(m.type(), "XXXX-WXX-" + wd);
        return new Value(m.type(), TimexValues.day(weekdayDate(anchor, wd, m.group("rel"), tense)));
    }

    /**
     * The day a weekday name refers to. "last" looks strictly back and "next" strictly forward. Otherwise the
     * publication's own weekday is the publication day, a future tense looks forward, and any other tense
     * looks back: news reports what happened, and its present tense ("says", "closing") mostly does too.
     */
    LocalDate weekdayDate(LocalDate anchor, int wd, String rel, Tense tense) {
        java.time.DayOfWeek day = java.time.DayOfWeek.of(wd);
        int relation = relation(rel);
        if (rel != null && relation < 0) return anchor.with(TemporalAdjusters.previous(day));
        if (rel != null && relation > 0) return anchor.with(TemporalAdjusters.next(day));
        if (anchor.getDayOfWeek() == day) return anchor;
        boolean forward = tense == Tense.FUTURE;
        return anchor.with(forward ? TemporalAdjusters.next(day) : TemporalAdjusters.previous(day));
    }

    private Value deictic(Mention m, LocalDate anchor) {
        String word = m.group("deictic");
        if (anchor == null) return new Value(m.type(), "XXXX-XX-XX");
        LocalDate d = anchor.plusDays(Integer.parseInt(lexicon.value("deictic", word)));
        return new Value(m.type(), TimexValues.day(d), TimeSpan.day(d, m.text(), m.span()));
    }

    private Value relativeUnit(Mention m, LocalDate anchor) {
        String unit = m.group("unit");
        int rel = relation(m.group("rel"));
        if (anchor == null) return new Value(m.type(), "XXXX");
        LocalDate d = switch (unit) {
            case "week", "weekend" -> anchor.plusWeeks(rel);
            case "month" -> anchor.plusMonths(rel);
            case "quarter" -> anchor.plusMonths(3L * rel);
            default -> anchor.plusYears(rel);
        };
        String value = switch (unit) {
            case "week" -> TimexValues.week(d);
            case "weekend" -> TimexValues.week(d) + "-WE";
            case "month" -> TimexValues.month(d);
            case "quarter" -> TimexValues.quarter(d);
            default -> TimexValues.year(d);
        };
        TimeSpan whole = TimexValues.resolve(m.type(), value, anchor, m.text(), m.span());
        String edge = m.group("edge");
        // "earlier this month" runs from the month's start to publication; "later this week" from publication on.
        if (rel == 0 && whole.known() && "earlier".equals(edge) && !anchor.isBefore(whole.earliest())) {
            whole = TimexValues.range(whole.earliest(), min(anchor, whole.latest()), m.text(), m.span());
        } else if (rel == 0 && whole.known() && "later".equals(edge) && !anchor.isAfter(whole.latest())) {
            whole = TimexValues.range(max(anchor, whole.earliest()), whole.latest(), m.text(), m.span());
        }
        return new Value(m.type(), value, whole);
    }

    /** "the weekend": the one just past, unless the verb looks ahead; a weekend anchor is its own weekend. */
    private Value weekend(Mention m, LocalDate anchor, Tense tense) {
        if (anchor == null) return new Value(m.type(), "XXXX-WXX-WE");
        java.time.DayOfWeek saturday = java.time.DayOfWeek.SATURDAY;
        LocalDate start = anchor.getDayOfWeek().getValue() >= 6
                ? anchor.with(TemporalAdjusters.previousOrSame(saturday))
                : anchor.with(tense == Tense.FUTURE ? TemporalAdjusters.next(saturday) : TemporalAdjusters.previous(saturday));
        return new Value(m.type(), TimexValues.week(start) + "-WE", TimexValues.range(start, start.plusDays(1), m.text(), m.span()));
    }

    private Value ago(Mention m, LocalDate anchor) {
        String unit = lexicon.value("unit", m.group("unit"));
        int[] n = number(m.group("num"));
        int sign = m.group("dir").matches("later|after|from\\s*now") ? 1 : -1;
        if (anchor == null) return new Value(m.type(), sign < 0 ? "PAST_REF" : "FUTURE_REF", TimeSpan.unknown("no publication date"));
        LocalDate near = shift(anchor, unit, sign * n[0]);
        LocalDate far = shift(anchor, unit, sign * n[1]);
        LocalDate earliest = min(near, far);
        LocalDate latest = max(near, far);
        if (n[0] != n[1]) {
            return new Value(m.type(), sign < 0 ? "PAST_REF" : "FUTURE_REF", TimexValues.range(earliest, latest, m.text(), m.span()));
        }
        String value = switch (unit) {
            case "W" -> TimexValues.week(near);
            case "M" -> TimexValues.month(near);
            case "Y" -> TimexValues.year(near);
            case "DE" -> TimexValues.year(near).substring(0, 3);
            default -> TimexValues.day(near);
        };
        TimeSpan resolved = unit.equals("D") || unit.startsWith("T") ? TimeSpan.day(near, m.text(), m.span()) : null;
        return new Value(m.type(), value, resolved);
    }

    private Value duration(Mention m, LocalDate anchor) {
        String unit = lexicon.value("unit", m.group("unit"));
        int[] n = m.group("num") == null ? new int[] {2, 6} : number(m.group("num"));
        boolean half = m.group("half") != null || m.group("halfafter") != null;
        String value = durationValue(unit, n, half);
        boolean background = m.kind().equals("recent");
        String rel = background ? null : m.group("rel");
        if (anchor != null && (background || "past".equals(rel) || "last".equals(rel))) {
            // "the past two weeks", "in recent months": a stretch that ends at the anchor. "The last 72 hours" reaches three days
            // back, "the last 24 hours" one; "the past few hours" stays on the day (a day's worth of hours or more reaches back)
            LocalDate start = unit.equals("TH") ? anchor.minusDays(n[1] / 24) : shift(anchor, unit, -n[1]);
            TimeSpan r = new TimeSpan(start, anchor, TimexValues.precision(start, anchor), m.text(), m.span(), background, background ? "background: frames the report, not an event" : null);
            // TIMEX3 reads "in recent months" as a vague past reference, not a length of time
            return new Value(m.type(), background ? "PAST_REF" : value, r);
        }
        if (background) return new Value(m.type(), "PAST_REF", TimeSpan.unknown("a vague stretch of the recent past"));
        return new Value(m.type(), value, TimeSpan.unknown("a duration, not a date"));
    }

    /** TIMEX3 duration of n units ("P3D", "PT2H", "PX" for a vague count), with "and a half" as the next unit down. */
    static String durationValue(String unit, int[] n, boolean half) {
        String amount = n[0] == n[1] ? Integer.toString(n[0]) : "X";
        if (half && n[0] == n[1]) {
            String halfUnit = switch (unit) {
                case "Y" -> "6M";
                case "M" -> "15D";
                case "D" -> "T12H";
                case "TH" -> "30M";
                case "TM" -> "30S";
                default -> "";
            };
            if (!halfUnit.isEmpty()) return (unit.startsWith("T") ? "PT" + amount + unit.substring(1) : "P" + amount + unit) + halfUnit;
        }
        return unit.startsWith("T") ? "PT" + amount + unit.substring(1) : "P" + amount + unit;
    }

    /** "nineteen ninety-six": spoken years in broadcast transcripts. */
    private static int spokenTens(String w) {
        return 10 * (java.util.List.of("ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety").indexOf(w) + 1);
    }

    private static int spokenUnit(String w) {
        return w == null ? 0 : java.util.List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine").indexOf(w) + 1;
    }

    /**
     * A quarter without a year is the anchor year's, unless it has not begun by the anchor and the verb does not
     * look ahead: results are told after a quarter ends ("fourth-quarter profit fell", written in January).
     */
    private Value quarter(Mention m, LocalDate anchor, Tense tense) {
        int q = Integer.parseInt(lexicon.value("ordinal", m.group("ord")));
        if (q > 4) return null;
        if (m.group("year") != null) return new Value(m.type(), m.group("year") + "-Q" + q);
        if (anchor == null) return new Value(m.type(), "XXXX-Q" + q);
        int current = (anchor.getMonthValue() - 1) / 3 + 1;
        int year = anchor.getYear() - (q > current && tense != Tense.FUTURE ? 1 : 0);
        if (m.group("ago") != null) year--; // "the year-ago third quarter": that quarter a year before
        return new Value(m.type(), year + "-Q" + q);
    }

    private Value season(Mention m, LocalDate anchor) {
        String code = lexicon.value("season", m.group("season"));
        if (m.group("year") != null) return new Value(m.type(), m.group("year") + "-" + code);
        if (anchor == null) return new Value(m.type(), "XXXX-" + code);
        int named = java.util.List.of("WI", "SP", "SU", "FA").indexOf(code);
        int current = anchor.getMonthValue() % 12 / 3;
        int rel = m.group("rel") == null ? 0 : relation(m.group("rel"));
        int year = anchor.getYear();
        if (rel < 0 && named >= current) year--;
        if (rel > 0 && named <= current) year++;
        return new Value(m.type(), year + "-" + code);
    }

    private Value clock(Mention m, LocalDate anchor) {
        int hour = Integer.parseInt(m.group("hour"));
        int minute = m.group("minute") == null ? 0 : Integer.parseInt(m.group("minute"));
        if (hour > 12 || minute > 59) return null;
        if (m.group("ampm").startsWith("p") && hour < 12) hour += 12;
        if (m.group("ampm").startsWith("a") && hour == 12) hour = 0;
        String day = anchor == null ? "XXXX-XX-XX" : TimexValues.day(anchor);
        return new Value(m.type(), String.format("%sT%02d:%02d", day, hour, minute), TimeSpan.unknown("a time of day on an unstated day"));
    }

    private String part(Mention m) {
        return lexicon.value("daypart", m.group("part"));
    }

    private int relation(String word) {
        String v = lexicon.value("relation", word);
        return v == null ? 0 : Integer.parseInt(v);
    }

    private int month(Mention m) {
        String word = m.group("month");
        return word != null ? Integer.parseInt(lexicon.value("month", word)) : Integer.parseInt(m.group("mon"));
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 2 ? (v < 50 ? 2000 + v : 1900 + v) : v;
    }

    /** A number word or digits as [low, high]; equal ends for exact numbers. */
    int[] number(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            int v = Integer.parseInt(word);
            return new int[] {v, v};
        }
        String v = lexicon.value("number", word);
        if (v == null) return new int[] {1, 1};
        String[] ends = v.split("-");
        return new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[ends.length - 1])};
    }

    static LocalDate shift(LocalDate d, String unit, int n) {
        return switch (unit) {
            case "W" -> d.plusWeeks(n);
            case "M" -> d.plusMonths(n);
            case "Y" -> d.plusYears(n);
            case "DE" -> d.plusYears(10L * n);
            case "CE" -> d.plusYears(100L * n);
            case "TH", "TM" -> d;
            default -> d.plusDays(n);
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
