package org.sitrep.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeSpan;
import org.sitrep.model.Token;

/**
 * Dates one event from the expressions of its sentence, in order: the expression nearest the trigger
 * (skipping dates of "said on monday" when the trigger is not the reporting verb), widened to a range by
 * "since" and by a count of days ("their third day of bombing"), re-anchored for "a few days earlier"
 * on the previous dated sentence, background kept as background, and nothing said kept unknown.
 */
final class EventDater {
    /** Sentences that make a report's lead (the first two: headline-like summary and its development). */
    private static final int LEAD_SENTENCES = 2;
    private static final java.util.regex.Pattern STAMP = java.util.regex.Pattern.compile(
            "(?i)\\b(posted|updated|published|edited|last modified|modified)( time| on| at)?\\s*:?\\s*$");
    private final ExpressionFinder finder;
    private final TimexNormalizer normalizer;
    private final TenseReader tenses;
    private final TimeLexicon lexicon;

    EventDater(ExpressionFinder finder, TimexNormalizer normalizer, TenseReader tenses, TimeLexicon lexicon) {
        this.finder = finder;
        this.normalizer = normalizer;
        this.tenses = tenses;
        this.lexicon = lexicon;
    }

    TimeSpan date(AnnotatedReport report, AnnotatedSentence sentence, Span trigger, LocalDate anchor) {
        List<Mention> mentions = finder.mentions(report, sentence);
        List<TimeExpression> expressions = finder.find(report, sentence, anchor, mentions);
        TimeExpression chosen = nearest(report, sentence, expressions, mentions, trigger);
        if (chosen != null && chosen.resolved() != null && !chosen.resolved().known() && !chosen.resolved().background()) {
            // "at 2:53 p.m. local time today": a clock time names no day, but the sentence's other expression does
            TimeExpression dated = nearest(report, sentence, expressions.stream().filter(e -> e.resolved() != null && e.resolved().known()).toList(),
                    mentions, trigger);
            if (dated != null) chosen = dated;
        }
        Mention count = mentions.stream().filter(m -> m.kind().equals("ordinalday")).findFirst().orElse(null);
        TimeSpan counted = daysBefore(report, sentence, trigger, chosen);
        if (counted != null) return counted;

        if (chosen != null && isDiscourseRelative(mentions, chosen)) {
            return discourse(report, sentence, mentions, chosen, anchor);
        }
        boolean since = chosen != null && precededBy(report, chosen.span(), "since");
        if (count != null && !since) return dayCount(count, dayOf(report, expressions, count), anchor);
        if (chosen == null && anchor != null && sentence.index() < report.leadEnd(LEAD_SENTENCES)) {
            // the news peg: a report's lead tells what just happened; undated there, it is the week before publication
            return TimeSpan.newsPeg(anchor);
        }
        if (chosen == null && anchor != null && ongoing(report, sentence, trigger)) {
            return new TimeSpan(anchor, anchor, 1, null, null, false,
                    "told as going on when the report was written (\"are still fighting\"): the publication date");
        }
        if (chosen == null) {
            return TimeSpan.unknown(anchor == null
                    ? "no time expression in the sentence and no publication date"
                    : TimeSpan.NO_TIME + " on " + anchor);
        }
        TimeSpan span = chosen.resolved();
        if (span == null || !span.known()) return TimeSpan.unknown("\"" + chosen.text() + "\" gives no day range" + (span == null ? "" : ": " + span.reason()));
        if (span.background()) return span;
        if (since && anchor != null && !span.earliest().isAfter(anchor)) {
            return new TimeSpan(span.earliest(), anchor, TimexValues.precision(span.earliest(), anchor), "since " + chosen.text(), chosen.span(), false,
                    "since " + chosen.text() + " until publication");
        }
        if (isReporting(report, sentence, chosen, trigger)) {
            LocalDate said = span.latest();
            return new TimeSpan(said.minusDays(6), said, 2, chosen.text(), chosen.span(), false,
                    TimeSpan.REPORTING_WEEK + "\"" + chosen.text() + "\" is given: the event is taken to be within the week before it");
        }
        return span;
    }

    // "..., a day after an attack on a train", "two days after the bombing of": the act lies that many days before
    private static final java.util.regex.Pattern DAYS_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\b(a|one|two|three|four|five|six|\\d)\\s+days?\\s+after\\s+((an?|the|its|their|his|her)\\s+)?([\\w'’-]+\\s+){0,2}$");

    /**
     * "Security sources said Wednesday the army rescued 190 passengers, a day after an attack on a train": an act named right
     * after "N days after" lies N days before the day the sentence names (its act's or its report's).
     */
    private TimeSpan daysBefore(AnnotatedReport report, AnnotatedSentence sentence, Span trigger, TimeExpression chosen) {
        if (chosen == null || chosen.resolved() == null || !chosen.resolved().known() || chosen.resolved().precision() != 1) return null;
        String before = textBefore(report, sentence, trigger);
        if (before == null || chosen.span().end() > trigger.start()) return null;
        java.util.regex.Matcher m = DAYS_AFTER.matcher(before);
        if (!m.find()) return null;
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int days = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : Integer.parseInt(lexicon.value("number", n));
        LocalDate day = chosen.resolved().latest().minusDays(days);
        return new TimeSpan(day, day, 1, chosen.text(), chosen.span(), false,
                "\"" + m.group().strip() + "\" counted back from \"" + chosen.text() + "\"");
    }

    // "are still resisting and fighting", "have now been fighting": the act goes on as the report is written
    private static final java.util.regex.Pattern ONGOING_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(is|are|am|(has|have) been)\\s+(still|now|currently)\\s+([a-z]+ing\\s+(and|or)\\s+)?$");
    private static final java.util.regex.Pattern CONTINUES_BEFORE = java.util.regex.Pattern.compile("(?i)\\b(continue|continues) to\\s+$");
    // "a clearance operation has been going on for hours with frequent exchange of fire": an operation or a fight the clause
    // tells as under way now (not "an investigation is ongoing into the bombing", nor "going on for years": a stretch of the
    // conflict, never one day)
    private static final java.util.regex.Pattern GOING_ON = java.util.regex.Pattern.compile("(?i)\\b(operation|offensive|fighting|clashes|battle|siege"
            + "|assault|raid|gunfight|firefight|stand-?off|shootout)\\s+([^.;,]{0,60}?\\s)?(is|are|has been|have been)\\s+(still\\s+)?(going on|under\\s?way|ongoing)\\b"
            + "(?!\\s+(for|since)\\b[^.;]{0,30}?\\b(days?|weeks?|months?|years?|decades?|(19|20)\\d\\d)\\b)[^.;]*$");
    private static final java.util.regex.Pattern GERUND = java.util.regex.Pattern.compile("(?i)[a-z]+ing\\b.*");

    /**
     * Whether the trigger is a verb told as going on now ("militants are still fighting with the security forces", "the
     * army continues to shell"): the act is happening as the report is written. The bare present progressive is not
     * enough: communiques and speeches use it for what a side does in general ("an army that is bombing the people").
     */
    private static boolean ongoing(AnnotatedReport report, AnnotatedSentence sentence, Span trigger) {
        String before = textBefore(report, sentence, trigger);
        if (before == null) return false;
        String phrase = report.text().substring(trigger.start(), trigger.end());
        if (CONTINUES_BEFORE.matcher(before).find() || GOING_ON.matcher(before).find()) return true;
        return GERUND.matcher(phrase).matches() && ONGOING_BEFORE.matcher(before).find();
    }

    /** The words of the trigger's sentence before it, or null when the trigger does not lie in the sentence. */
    private static String textBefore(AnnotatedReport report, AnnotatedSentence sentence, Span trigger) {
        int from = sentence.sentence().span().start();
        return trigger.start() < from ? null : report.text().substring(from, trigger.start());
    }

    /** The DATE/TIME expression (or background stretch) closest to the trigger. */
    private TimeExpression nearest(AnnotatedReport report, AnnotatedSentence sentence, List<TimeExpression> expressions, List<Mention> mentions,
            Span trigger) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<Span> spans = expressions.stream().map(TimeExpression::span).toList();
        for (TimeExpression e : expressions) {
            boolean usable = "DATE".equals(e.type()) || "TIME".equals(e.type()) || e.resolved() != null && e.resolved().background() || window(report, e);
            if (!usable || BARE_DAYPART.matcher(e.text()).matches()) continue;
            // "First Posted: 10/25/11 ... Updated: 12/25/11": a page's stamp dates the page, never an act
            if (STAMP.matcher(report.text().substring(Math.max(0, e.span().start() - 30), e.span().start())).find() || aLineOfItsOwn(report.text(), e.span(), spans)) continue;
            int distance = Math.max(0, Math.max(e.span().start() - trigger.end(), trigger.start() - e.span().end()));
            // "soldiers who had seized the town two days earlier were ambushed": "earlier" dates the
            // capture in its own clause, relative to the rest of the sentence; it never dates the sentence's other acts
            if (isDiscourseRelative(mentions, e) && !sameClause(report, trigger, e.span())) continue;
            // A date said of the reporting verb is the last resort, not the event's date.
            boolean background = e.resolved() != null && e.resolved().background();
            if (!background && isReporting(report, sentence, e, trigger)) distance += 10_000;
            // "SAN SALVADOR, 3 MAY 89 -- planes bombed areas near Perquin on Monday": the dateline's date is when the report
            // was filed, the act's own date only when the sentence gives no other
            if (inDateline(report, e.span())) distance += 10_000;
            if (distance < bestDistance) {
                best = e;
                bestDistance = distance;
            }
        }
        return best;
    }

    // "detonated a car bomb during the evening rush hour", "during the night": a part of the day with no day of its own names no
    // date (read as the report's day, it put Saturday evening's blasts on the Sunday the report came out); "this evening",
    // "last night", "Friday night" name theirs
    private static final java.util.regex.Pattern BARE_DAYPART = java.util.regex.Pattern.compile(
            "(?i)((the|during the|in the|at)\\s+)?(morning|afternoon|evening|night|overnight|dawn|dusk|daybreak|nightfall)");

    /** What may stand beside dates and times on a line of their own: separators, "at", a time zone. */
    private static final java.util.regex.Pattern STAMP_LINE_REST = java.util.regex.Pattern.compile("(?i)([\\s,|·•–—-]|\\bat\\b|\\b(et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|gmt|utc|bst|cet|cest|eat|wat|ist)\\b)*");

    /**
     * Whether the expression stands on a line of the text that holds nothing but time expressions ({@code all}) and
     * separators: a page's stamp ("Sunday, March 17, 2013 | 5:00 PM" above the headline "Riots Erupt ..."), which the
     * sentence splitter may join to the headline. Not the last line, which is a sentence however short.
     */
    static boolean aLineOfItsOwn(String text, Span span, List<Span> all) {
        int from = text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
        int to = text.indexOf('\n', span.end());
        if (to < 0 || span.start() < from) return false;
        StringBuilder rest = new StringBuilder(text.substring(from, to));
        for (Span x : all) {
            if (x.start() < from || x.end() > to) continue;
            for (int i = x.start(); i < x.end(); i++) rest.setCharAt(i - from, ' ');
        }
        return STAMP_LINE_REST.matcher(rest).matches();
    }

    private static boolean inDateline(AnnotatedReport report, Span span) {
        var dateline = report.report().dateline();
        return dateline != null && dateline.span() != null && dateline.span().overlaps(span);
    }

    private boolean isReporting(AnnotatedReport report, AnnotatedSentence sentence, TimeExpression e, Span trigger) {
        if (ownsTheAct(report.text(), e.span(), trigger) || rightAfterTheAct(report.text(), e.span(), trigger)) return false;
        int verb = tenses.governingVerb(sentence, e.span());
        if (verb < 0) verb = tenses.nearestVerb(sentence.tokens(), e.span());
        if (verb < 0) return false;
        Token t = sentence.tokens().get(verb);
        if (t.span().overlaps(trigger)) return false;
        if (toldBeforeTheSource(report.text(), e.span(), trigger, t.span())) return false;
        String lemma = t.lemma() == null ? t.word() : t.lemma();
        return lexicon.words("reporting").containsKey(t.word().toLowerCase(Locale.ROOT))
                || lexicon.words("reporting").containsKey(lemma.toLowerCase(Locale.ROOT) + "s");
    }

    private static final java.util.regex.Pattern POSSESSIVE_THEN = java.util.regex.Pattern.compile("(?i)^\\s*['’]\\s*s\\s+([\\w-]+\\s+){0,2}$");

    /** "police said Wednesday's attack killed five": a possessive day names the act that follows it, whatever verb governs the clause. */
    static boolean ownsTheAct(String text, Span e, Span trigger) {
        if (trigger.start() < e.end() || trigger.start() - e.end() > 30 || trigger.start() > text.length()) return false;
        return POSSESSIVE_THEN.matcher(text.substring(e.end(), trigger.start())).matches();
    }

    /**
     * "police sources have reported at least six bombings last night", "the Taliban said the bombing late Thursday ... was
     * revenge": a day right after the act's own word dates the act,
     * whatever verb of saying governs the clause.
     */
    static boolean rightAfterTheAct(String text, Span e, Span trigger) {
        return e.start() >= trigger.end() && e.start() - trigger.end() <= 8 && DAY_MODIFIER.matcher(text.substring(trigger.end(), e.start())).matches();
    }

    /**
     * "Houthi rebels fired missiles at a ship on Monday, the U.S. military said": a day told after the act and before the comma
     * that opens the trailing attribution belongs to the act's clause; the source's own day follows its verb ("the military
     * said Monday"). A parser often hangs such a day on the verb of saying, the sentence's root.
     */
    static boolean toldBeforeTheSource(String text, Span e, Span trigger, Span verb) {
        if (trigger.end() > e.start() || e.end() > verb.start()) return false;
        // the day in the act's own clause (no comma or semicolon between: "..., assumed the leadership in September 1988, the
        // CNI said" dates another act), and only the source's subject between it and the verb
        return !CLAUSE_END.matcher(text.substring(trigger.end(), e.start())).find() && TRAILING_SOURCE.matcher(text.substring(e.end(), verb.start())).matches();
    }

    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("[,;:]");
    private static final java.util.regex.Pattern TRAILING_SOURCE = java.util.regex.Pattern.compile("\\s*,\\s*([\\p{L}\\d.'’-]+\\s+){1,6}");

    /** What may stand between the act's word and its day: "the bombing late Thursday", "the attack early Monday". */
    private static final java.util.regex.Pattern DAY_MODIFIER = java.util.regex.Pattern.compile("(?i)\\s*((late|early|on)\\s+)?");

    /** Close to the trigger (a few words) with no comma, semicolon or clause word between them. */
    private static boolean sameClause(AnnotatedReport report, Span trigger, Span e) {
        // English puts "a few days earlier" after the act it dates; before it only when fronted ("Days earlier, ...")
        if (e.end() <= trigger.start()) {
            String lead = report.text().substring(0, e.start());
            int sentenceStart = Math.max(lead.lastIndexOf('\n'), Math.max(lead.lastIndexOf(". "), lead.lastIndexOf(" - ")));
            return lead.substring(sentenceStart + 1).isBlank() || lead.substring(sentenceStart + 1).trim().matches("(?i)(and|but|then)");
        }
        int from = Math.min(trigger.end(), e.end());
        int to = Math.max(trigger.start(), e.start());
        if (to - from > 40) return false;
        String between = report.text().substring(Math.min(from, to), Math.max(from, to)).toLowerCase(Locale.ROOT);
        return !between.matches("(?s).*([,;:]|\\b(and|but|after|before|when|while|who|which|said)\\b).*");
    }

    private static boolean isDiscourseRelative(List<Mention> mentions, TimeExpression e) {
        return mentions.stream().anyMatch(m -> m.span().equals(e.span()) && m.kind().equals("ago")
                && m.group("dir") != null && m.group("dir").matches("earlier|before|later|after"));
    }

    /**
     * "a few days earlier": counted from the last dated sentence before this one, else from publication; "days later"
     * only from a dated sentence (counted from publication it would lie in the future).
     */
    private TimeSpan discourse(AnnotatedReport report, AnnotatedSentence sentence, List<Mention> mentions, TimeExpression chosen, LocalDate anchor) {
        LocalDate reference = null;
        String from = "publication";
        for (AnnotatedSentence previous : report.sentences()) {
            if (previous.index() >= sentence.index()) break;
            List<Mention> before = finder.mentions(report, previous);
            for (TimeExpression e : finder.find(report, previous, anchor, before)) {
                if (("DATE".equals(e.type()) || "TIME".equals(e.type())) && e.resolved() != null && e.resolved().known()
                        && e.resolved().precision() == 1 && !isDiscourseRelative(before, e)) {
                    reference = e.resolved().latest();
                    from = "\"" + e.text() + "\" (" + reference + ")";
                }
            }
        }
        Mention m = mentions.stream().filter(x -> x.span().equals(chosen.span())).findFirst().orElseThrow();
        // "days later" counts forward from a day the narrative named: from publication it would be a day not yet come
        if (reference == null && m.group("dir").matches("later|after")) return TimeSpan.unknown("\"" + chosen.text() + "\" follows no named day to count from");
        if (reference == null) reference = anchor;
        if (reference == null) return TimeSpan.unknown("\"" + chosen.text() + "\" is relative, and there is no date to count from");
        TimeExpression again = normalizer.normalize(m, reference, Tense.PAST, sentence.index());
        if (again == null || again.resolved() == null || !again.resolved().known()) return TimeSpan.unknown("cannot count \"" + chosen.text() + "\" from " + from);
        TimeSpan r = again.resolved();
        return new TimeSpan(r.earliest(), r.latest(), r.precision(), chosen.text(), chosen.span(), false, "\"" + chosen.text() + "\" counted from " + from);
    }

    /** The single day nearest a day count ("on sunday" for "their third day"), not one that opens a "since". */
    private static TimeExpression dayOf(AnnotatedReport report, List<TimeExpression> expressions, Mention count) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<Span> spans = expressions.stream().map(TimeExpression::span).toList();
        for (TimeExpression e : expressions) {
            if (e.resolved() == null || !e.resolved().known() || e.resolved().precision() != 1 || precededBy(report, e.span(), "since")) continue;
            int distance = Math.max(0, Math.max(e.span().start() - count.span().end(), count.span().start() - e.span().end()));
            if (distance < bestDistance) {
                best = e;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "the third day of bombing on sunday": the run started two days before sunday. */
    private TimeSpan dayCount(Mention count, TimeExpression chosen, LocalDate anchor) {
        int n = Integer.parseInt(lexicon.value("ordinal", count.group("ord")));
        boolean dayKnown = chosen != null && chosen.resolved() != null && chosen.resolved().known() && chosen.resolved().precision() == 1;
        LocalDate end = dayKnown ? chosen.resolved().latest() : anchor;
        if (end == null) return TimeSpan.unknown("\"" + count.text() + "\" without a day to count back from");
        LocalDate start = end.minusDays(n - 1L);
        String reason = "\"" + count.text() + "\" counted back from " + (dayKnown ? "\"" + chosen.text() + "\"" : "publication");
        return new TimeSpan(start, end, TimexValues.precision(start, end), count.text(), count.span(), false, reason);
    }

    /**
     * "were assassinated in the last few hours", "killed within the past 24 hours", "over the past two days": a stretch that
     * ends at publication, said of when the act happened, dates it within that stretch ("for the past two weeks" is how long
     * a state lasted, not when an act happened).
     */
    private static boolean window(AnnotatedReport report, TimeExpression e) {
        return "DURATION".equals(e.type()) && e.resolved() != null && e.resolved().known() && !e.resolved().background()
                && java.util.stream.Stream.of("in", "within", "over", "during").anyMatch(w -> precededBy(report, e.span(), w));
    }

    private static boolean precededBy(AnnotatedReport report, Span span, String word) {
        String before = report.text().substring(Math.max(0, span.start() - word.length() - 2), span.start()).toLowerCase(Locale.ROOT).trim();
        return before.endsWith(word) && (before.length() == word.length() || !Character.isLetter(before.charAt(before.length() - word.length() - 1)));
    }

}
