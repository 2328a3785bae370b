package org.sitrep.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * Finds that read as time but name something else, decided from the letters around them in cased text:
 * a quoted, capitalized title ("This Week", "60 Minutes", shows and films), and a month word that is a
 * first name or a noun ("Foreign Minister Jan Kavan", "the march on the capital"). Lowercased copy has
 * no such clues, so there nothing is dropped. In any copy, an amount per unit of time ("$2 million a year")
 * is a rate.
 */
final class NotATime {
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("jan", "march", "mar", "may", "jun", "june", "august", "april");
    private static final Pattern OPENING_QUOTE = Pattern.compile("(?:\"|``|“|‘‘|'')\\s*$");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("^[.,!?]?\\s*(?:\"|''|”|’’)");
    private static final Pattern CAPITALIZED = Pattern.compile("(?:[A-Z0-9][\\w.-]*)(?:\\s+[A-Z0-9][\\w.-]*)*");
    private static final Pattern TIME_WORD_BEFORE = Pattern.compile(
            "\\b(?:in|on|of|since|until|till|by|during|from|to|through|last|next|this|early|late|mid|before|after)\\s+$");
    private static final Pattern NAME_AFTER = Pattern.compile("^\\s+[A-Z][a-z]");

    private NotATime() {}

    /** True when the find at {@code span} of {@code text} is a title or a name, not a time. */
    static boolean test(String text, Span span) {
        if (span.end() > text.length()) return false;
        if (rate(text, span)) return true;
        if (clockDigits(text, span)) return true;
        if (operationName(text, span)) return true;
        if (dateInName(text, span)) return true;
        // "over four nights of protesting": a part of the day in the plural, alone, counts or recurs; it is no night
        if (PLURAL_DAYPART.matcher(span.of(text)).matches()) return true;
        if ((!cased(text) || capitals(text)) && aMarch(text, span)) return true;
        if (!cased(text)) return false;
        if (modelYear(text, span)) return true;
        String found = span.of(text);
        String before = text.substring(Math.max(0, span.start() - 4), span.start());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 4));
        if (CAPITALIZED.matcher(found).matches() && OPENING_QUOTE.matcher(before).find() && CLOSING_QUOTE.matcher(after).find()) return true;
        String word = found.toLowerCase(Locale.ROOT);
        if (!AMBIGUOUS_MONTHS.contains(word)) return false;
        // "the march", "this march" in cased copy: a month would be capitalized.
        if (Character.isLowerCase(found.charAt(0))) return true;
        // "Foreign Minister Jan Kavan": a month is followed by a day or a year, not a name, unless a preposition
        // puts it in time ("in June President Bush said").
        String rest = text.substring(span.end(), Math.min(text.length(), span.end() + 30));
        String head = text.substring(Math.max(0, span.start() - 12), span.start()).toLowerCase(Locale.ROOT);
        return NAME_AFTER.matcher(rest).find() && !TIME_WORD_BEFORE.matcher(head).find();
    }

    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|a|their|its|his|her|our|that)\\s+$");
    private static final Pattern MONTH_USE_AFTER = Pattern.compile("(?i)^\\s*(?:\\d|of\\s+\\d|elections?|polls?|votes?|referendum|issue|edition|deadline"
            + "|summit|meeting|session|report|figures|data|attacks?|bombings?|offensive|agreement|accord|talks|ceasefire)\\b");

    /**
     * "DURING THE MARCH", "the march on the capital", in copy that is all capitals or all lower case (where cased copy would
     * show the month by its capital, "The March accession"): "march" after an article is the walk, unless a day, a year or a
     * noun the month dates follows ("the march 5 vote", "the march elections").
     */
    private static boolean aMarch(String text, Span span) {
        if (!span.of(text).equalsIgnoreCase("march")) return false;
        String before = text.substring(Math.max(0, span.start() - 8), span.start());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 14));
        return DETERMINER_BEFORE.matcher(before).find() && !MONTH_USE_AFTER.matcher(after).find();
    }

    private static final Pattern DAY_AND_MONTH = Pattern.compile("(?i)(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:january|february|march|april|may|june|july|august"
            + "|september|october|november|december)|(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{1,2}(?:st|nd|rd|th)?)");
    private static final Pattern NAME_NOUN_AFTER = Pattern.compile("(?i)^\\s+(?:movement|avenue|street|boulevard|square|bridge|road|highway|stadium|"
            + "brigade|battalion|front|commando|command|university|hospital|school|park|plaza|neighbou?rhood|district|city|colony|revolution)\\b");

    /**
     * "THE 19 APRIL MOVEMENT", "9 October Avenue", "the October 6 Bridge": a day and month that name a movement, a street, a
     * square or a unit are part of that name, in any copy; the date they recall is not the report's.
     */
    private static boolean dateInName(String text, Span span) {
        if (!DAY_AND_MONTH.matcher(span.of(text)).matches()) return false;
        return NAME_NOUN_AFTER.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 20))).find();
    }

    private static final Pattern PLURAL_DAYPART = Pattern.compile("(?i)mornings|afternoons|evenings|nights");
    private static final Pattern OPERATION_BEFORE = Pattern.compile("(?i)\\b(?:operation|exercise|code-?named|dubbed)\\s+[\"“']?\\s*$");
    private static final Pattern SEASON_OR_MONTH = Pattern.compile("(?i)spring|summer|autumn|fall|winter|january|february|march|april|may|june|july"
            + "|august|september|october|november|december");

    /**
     * "within the framework of Operation Spring", "an exercise dubbed 'Winter'": a season or month that names an operation
     * is no time, in any copy (all capitals too). A day or date after "the operation" ("the operation Tuesday") stays a time.
     */
    private static boolean operationName(String text, Span span) {
        if (!SEASON_OR_MONTH.matcher(span.of(text)).matches()) return false;
        return OPERATION_BEFORE.matcher(text.substring(Math.max(0, span.start() - 30), span.start())).find();
    }

    private static final Pattern PER_UNIT = Pattern.compile("(?i)(?:a|an|per)\\s+(?:year|month|week|day|night|hour|minute)");
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?i)(?:\\d[\\d,.]*|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
            + "twelve|twenty|fifty|hundred|thousand|million|billion|dozen|several|few))(?:\\s*(?:%|percent))?(?:\\s+[\\w'-]+){0,2}\\s+$");
    private static final Pattern OFFSET_AFTER = Pattern.compile("(?i)^\\s+(?:ago|after|before|later|earlier|from)\\b");

    /**
     * "$1.76 a year", "four flights a week", "24 hours a day": an amount per unit of time is a rate, not a time
     * (TIMEX3 marks neither; "two soldiers a day after the raid" is an offset and stays).
     */
    private static boolean rate(String text, Span span) {
        if (!PER_UNIT.matcher(span.of(text)).matches()) return false;
        String before = text.substring(Math.max(0, span.start() - 40), span.start());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 12));
        return AMOUNT_BEFORE.matcher(before).find() && !OFFSET_AFTER.matcher(after).find();
    }

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern ZONE_AFTER = Pattern.compile("(?i)^\\s*(?:GMT|UTC|Z\\b|hrs\\b|hours\\b|h\\b|local time|[ECMP][SD]T\\b)");

    private static final Pattern AT_BEFORE = Pattern.compile("(?i)\\bat\\s+((approximately|about|around|roughly)\\s+)?$");
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?i)\\b(after|before|until|till)\\s+((approximately|about|around)\\s+)?$");
    private static final Pattern NUMBER_BEFORE = Pattern.compile("(?i)\\b(no\\.?|number|case|resolution|decree|law|flight|route)\\s*$");

    /**
     * "(1200 GMT)", "0830 hrs", military copy's "exploded at approximately 1100" and "no longer heard after 1000": four
     * digits that make a clock time (00-23 hours, 00-59 minutes) before a time zone or "hours", or after "at", or after
     * "after/before/until" when no year so early is meant, are a clock time, not the year 1100; "case no. 1430" is a number.
     */
    private static boolean clockDigits(String text, Span span) {
        String digits = span.of(text);
        if (!FOUR_DIGITS.matcher(digits).matches()) return false;
        String before = text.substring(Math.max(0, span.start() - 30), span.start());
        if (NUMBER_BEFORE.matcher(before).find()) return true;
        int value = Integer.parseInt(digits);
        boolean clock = value / 100 <= 23 && value % 100 <= 59;
        if (clock && ZONE_AFTER.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 12))).find()) return true;
        return clock && (AT_BEFORE.matcher(before).find() || value < 1500 && BOUND_BEFORE.matcher(before).find());
    }

    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(?:a|an)\\s+(?:[a-z-]+\\s+){0,2}$");
    // a make and a model, two capitalized words ("Toyota Camry"); "a 1971 Convention which ..." stays a date
    private static final Pattern MAKE_AFTER = Pattern.compile("^\\s+[A-Z][a-z]+\\s+[A-Z0-9][\\w-]*");

    /** "a grey 2013 Toyota Camry": a year between an article and a make names a model, not when anything happened. */
    private static boolean modelYear(String text, Span span) {
        if (!FOUR_DIGITS.matcher(span.of(text)).matches()) return false;
        String before = text.substring(Math.max(0, span.start() - 30), span.start());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 30));
        return ARTICLE_BEFORE.matcher(before).find() && MAKE_AFTER.matcher(after).find();
    }

    // Lowercased wire copy has (almost) no capitals; a handful at most come from truecasing or acronyms.
    /** Copy in capitals ("DURING THE MARCH"): under one lower-case letter in twenty. */
    private static boolean capitals(String text) {
        long upper = text.chars().limit(5000).filter(Character::isUpperCase).count();
        long lower = text.chars().limit(5000).filter(Character::isLowerCase).count();
        return upper > 20 && lower * 20 < upper;
    }

    private static boolean cased(String text) {
        long upper = text.chars().limit(5000).filter(Character::isUpperCase).count();
        return upper >= 3;
    }
}
