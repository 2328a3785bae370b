package org.sitrep.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.TimeExpression;

/**
 * "He arrived in June 1998 and returned later that year", "the following month", "that same day": dates that
 * name no time of their own but one the report named before. The normalizer leaves a placeholder; this pass
 * puts in the last date named before it that is precise enough (a day for "that day"), moved by one unit for
 * "the following". With none, the value stays unknown rather than guessed from the publication date.
 */
final class DiscourseDates {
    private static final Pattern PLACEHOLDER = Pattern.compile("ANAPHOR:(day|month|year):([01])");
    private static final Pattern DATED = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private DiscourseDates() {}

    static String placeholder(String unit, int shift) {
        return "ANAPHOR:" + unit + ":" + shift;
    }

    static List<TimeExpression> resolve(List<TimeExpression> all) {
        List<TimeExpression> out = new ArrayList<>();
        Matcher last = null;
        for (TimeExpression e : all) {
            Matcher p = e.value() == null ? null : PLACEHOLDER.matcher(e.value());
            if (p == null || !p.matches()) {
                Matcher d = e.value() == null || !"DATE".equals(e.type()) ? null : DATED.matcher(e.value());
                if (d != null && d.matches()) last = d;
                out.add(e);
                continue;
            }
            String value = value(p.group(1), Integer.parseInt(p.group(2)), last);
            out.add(new TimeExpression(e.span(), e.text(), e.sentenceIndex(), e.type(), value,
                    value.contains("X") ? e.resolved() : TimexValues.resolve(e.type(), value, null, e.text(), e.span())));
        }
        return out;
    }

    private static String value(String unit, int shift, Matcher last) {
        switch (unit) {
            case "year" -> {
                if (last != null) return Integer.toString(Integer.parseInt(last.group(1)) + shift);
                return "XXXX";
            }
            case "month" -> {
                if (last != null && last.group(2) != null) return TimexValues.month(YearMonth.of(Integer.parseInt(last.group(1)), Integer.parseInt(last.group(2))).plusMonths(shift).atDay(1));
                return "XXXX-XX";
            }
            default -> {
                if (last != null && last.group(3) != null) return TimexValues.day(LocalDate.parse(last.group()).plusDays(shift));
                return "XXXX-XX-XX";
            }
        }
    }
}
