package org.sitrep.extract;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Span;

/**
 * Death tolls by ACLED's conservative convention: the lowest figure reported, bounds kept ("at least 30"
 * has min 30), killed kept apart from wounded, and totals over a period ("since friday", "so far")
 * marked cumulative so the single strikes inside them are not counted twice.
 */
public final class FatalityExtractor {
    private static final String HEDGE = "(?<q>at least|more than|over|nearly|almost|about|around|some|up to|as many as|approximately|roughly|an estimated)?\\s*";
    private static final String WHO = "(?<who>(?:[a-z'-]+,?\\s+){0,6}?)";
    private static final Pattern CUMULATIVE = Pattern.compile(
            "\\b(since (mon|tues|wednes|thurs|fri|satur|sun)day|since (the|last|early|late)\\b|so far|in total|total of|over the (past|last)|in recent|this year|since the (start|beginning)|toll (has )?(risen|rose|climbed))");
    private static final Pattern CIVILIAN = Pattern.compile("\\b(civilians?|women|children|villagers|residents|worshippers|passengers|students|farmers|families|people)\\b");

    private final NumberParser numbers;
    private final Pattern[] patterns;

    public FatalityExtractor(NumberParser numbers) {
        this.numbers = numbers;
        String n = "(?<n>" + numbers.pattern() + ")";
        this.patterns = new Pattern[] {
            // "at least 30 people were killed", "50 civilians , mostly women and children , killed"; not "rescued 190
            // passengers and killed 30 terrorists", where "and" opens another act of the subject
            Pattern.compile("\\b" + HEDGE + n + "\\s+" + WHO + "(?:,[^,]{0,40},\\s*)?(?<!\\band\\s)(?<!\\bor\\s)(?:were |was |have been |had been |are |being )?(?:reportedly )?(?:killed|dead|died|slain|lost their lives|perished)\\b"),
            // "killing 6 civilians", "killed at least 12 people", a headline's "airstrikes kill 50 militants"
            Pattern.compile("\\b(?:killing|killed|kills|kill|left)\\s+" + HEDGE + n + "\\s+" + WHO + "(?:people|persons|civilians|soldiers|troops|militants|fighters|policemen|police officers|members|children|women|men|others|villagers|residents|worshippers|passengers|students)?\\b(?!\\s+(?:wounded|injured|hurt))"),
            // "the death toll rose to 25"
            Pattern.compile("\\bdeath toll\\s+(?:\\w+\\s+){0,3}?(?:to|at|of|reached|is|was)\\s+" + HEDGE + n + "\\b"),
        };
    }

    /** The toll stated in this sentence, or null when it gives none. */
    public Fatalities extract(String sentence, int offset) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        Fatalities best = null;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(lower);
            while (m.find()) {
                OptionalInt v = numbers.parse(m.group("n"));
                if (v.isEmpty()) continue;
                String who = groupOrEmpty(m, "who");
                if (who.matches(".*\\b(wounded|injured|hurt|arrested|detained|missing)\\b.*")) continue;
                if (isYearOrTime(lower, m.start("n"), m.end("n"))) continue;
                String q = groupOrEmpty(m, "q").trim();
                int value = v.getAsInt();
                Integer min = q.matches("at least|more than|over") ? value : null;
                Integer max = q.matches("up to|as many as|nearly|almost") ? value : null;
                boolean cumulative = CUMULATIVE.matcher(lower).find();
                boolean civilians = CIVILIAN.matcher(who + " " + lower.substring(m.start(), Math.min(lower.length(), m.end() + 40))).find();
                Fatalities f = new Fatalities(value, min, max, cumulative, civilians, sentence.substring(m.start(), m.end()),
                        new Span(m.start() + offset, m.end() + offset));
                // Several tolls in one sentence: keep the largest single statement, ACLED codes one event per toll.
                if (best == null || value > best.best()) best = f;
            }
            if (best != null) break;
        }
        return best;
    }

    private static String groupOrEmpty(Matcher m, String name) {
        try {
            String g = m.group(name);
            return g == null ? "" : g;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean isYearOrTime(String text, int start, int end) {
        String n = text.substring(start, end);
        if (n.matches("(19|20)\\d\\d")) return true;
        String after = text.substring(end, Math.min(text.length(), end + 8));
        return after.matches("\\s*(am|pm|a\\.m|p\\.m|percent|%|km|kilomet|mile|hours|days|years).*");
    }
}
