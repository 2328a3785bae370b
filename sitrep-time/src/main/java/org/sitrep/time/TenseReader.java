package org.sitrep.time;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.Dependency;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Reads the tense of the verb that governs a span: through the dependency parse when there is one,
 * otherwise from the nearest verb in the same clause (news clauses are short; the verb is near its date).
 */
final class TenseReader {
    private static final int WINDOW = 8;

    Tense tenseOf(AnnotatedSentence sentence, Span span) {
        List<Token> tokens = sentence.tokens();
        int verb = governingVerb(sentence, span);
        if (verb < 0) verb = nearestVerb(tokens, span);
        Tense tense = verb < 0 ? Tense.UNKNOWN : tenseAt(tokens, verb);
        String before = wordsBefore(tokens, span, 6);
        // "as early as tuesday", "ahead of wednesday's vote", "effective june 1", "postponed the vote until monday":
        // the date lies ahead whatever the verb.
        if (FORWARD.matcher(before).find()) return Tense.FUTURE;
        // "the change is since year-end", "has risen since march": since counts from a time already past
        if (before.endsWith("since")) return Tense.PAST;
        // "has scheduled a news conference thursday": what is scheduled or planned lies ahead of the scheduling
        // ("on friday, the government planned to pay" dates the planning: the date comes first)
        if (verb >= 0 && SCHEDULING.contains(lemma(tokens.get(verb))) && tokens.get(verb).span().end() <= span.start()) return Tense.FUTURE;
        // "until tuesday" in a present or future clause looks ahead; "the curfew lasted until tuesday" does not.
        if (UNTIL.matcher(before).find() && tense != Tense.PAST) return Tense.FUTURE;
        // "wednesday's ruling": the date belongs to the noun it modifies, not to the clause's verb.
        if (possessive(tokens, span)) return Tense.UNKNOWN;
        return tense;
    }

    private static final java.util.regex.Pattern FORWARD = java.util.regex.Pattern.compile(
            "\\b(as (soon|early) as|no later than|ahead of|in time for|starting|beginning|effective|scheduled for|set for|slated for|due"
            + "|(postponed|delayed|adjourned|deferred|extended|put off)( \\S+){0,4} (until|till|to))\\s*$");
    private static final java.util.regex.Pattern UNTIL = java.util.regex.Pattern.compile("\\b(until|till)\\s*$");

    /** The last {@code n} words before the span, lower case, space-separated. */
    private static String wordsBefore(List<Token> tokens, Span span, int n) {
        int first = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().overlaps(span)) {
                first = i;
                break;
            }
        }
        if (first < 0) return "";
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, first - n); i < first; i++) b.append(tokens.get(i).word().toLowerCase(Locale.ROOT)).append(' ');
        // "on" between the cue and the date ("as early as on tuesday") is no cue of its own
        return b.toString().replaceAll("\\bon $", "").strip();
    }

    private static boolean possessive(List<Token> tokens, Span span) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.span().end() == span.end()) {
                String next = tokens.get(i + 1).word();
                return next.equals("'s") || next.equals("’s");
            }
        }
        return false;
    }

    /** Index of the verb token governing {@code span}, or -1. */
    int governingVerb(AnnotatedSentence sentence, Span span) {
        List<Token> tokens = sentence.tokens();
        if (sentence.dependencies().isEmpty()) return -1;
        int[] governor = new int[tokens.size()];
        java.util.Arrays.fill(governor, -2);
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= 0 && d.dependent() < tokens.size()) governor[d.dependent()] = d.governor();
        }
        int head = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (span.contains(t.span()) && (governor[i] < 0 || !span.contains(tokens.get(governor[i]).span()))) {
                head = i;
                break;
            }
        }
        for (int steps = 0; head >= 0 && steps < tokens.size(); steps++) {
            if (isVerb(tokens.get(head)) && !span.contains(tokens.get(head).span())) return head;
            head = governor[head] >= 0 ? governor[head] : -1;
        }
        return -1;
    }

    int nearestVerb(List<Token> tokens, Span span) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().overlaps(span)) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return -1;
        // "killed five villagers in kaduna on tuesday , police said": a comma after the date closes its clause,
        // so a verb beyond it (the reporting verb) is a last resort ("on tuesday , gunmen killed ...")
        for (boolean commaCloses : new boolean[] {true, false}) {
            // "shares fell 50 cents on friday to close at $20": an infinitive after the date says what followed; the
            // finite verb before it governs, so the infinitive is kept only as a fallback
            int infinitive = -1;
            for (int d = 1; d <= WINDOW; d++) {
                int left = first - d;
                int right = last + d;
                if (left >= 0 && isVerb(tokens.get(left)) && !clauseBreakBetween(tokens, left, first)) return left;
                if (right < tokens.size() && isVerb(tokens.get(right)) && !clauseBreakBetween(tokens, last, right)
                        && !(commaCloses && commaBetween(tokens, last, right))) {
                    if (!word(tokens, right - 1).equals("to")) return right;
                    if (infinitive < 0) infinitive = right;
                }
            }
            if (infinitive >= 0) return infinitive;
        }
        return -1;
    }

    private static boolean commaBetween(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) if (tokens.get(i).word().equals(",")) return true;
        return false;
    }

    /** Tense of the verb at {@code index}, looking at the auxiliaries just before it. */
    Tense tenseAt(List<Token> tokens, int index) {
        Token verb = tokens.get(index);
        String pos = pos(verb);
        for (int i = index - 1; i >= Math.max(0, index - 4); i--) {
            Token aux = tokens.get(i);
            String w = aux.word().toLowerCase(Locale.ROOT);
            if (w.equals("will") || w.equals("shall") || w.equals("'ll")) return Tense.FUTURE;
            // "would leave on monday", "set to resume monday": the future of the time of the report.
            // "could" is mostly the past of "can" in news ("could not be reached on tuesday"), so it says nothing here
            if (w.equals("would") || w.equals("might") || w.equals("may")) return Tense.FUTURE;
            // "to" + verb looks ahead ("plans to resume trading tuesday"), unless an implicative verb says the act
            // took place ("began to withdraw on monday"): then that verb's tense holds
            if (w.equals("to") && pos(tokens.get(i + 1)).equals("VB")) {
                Token governing = i > 0 ? tokens.get(i - 1) : null;
                if (governing != null && IMPLICATIVE.contains(lemma(governing))) return tenseAt(tokens, i - 1);
                return Tense.FUTURE;
            }
            if (pos(aux).equals("VBD")) return Tense.PAST;
            // "is expected in december": a present passive points at the time of writing or after, not back
            if (pos.equals("VBN") && PRESENT_BE.contains(w)) return Tense.PRESENT;
            if (w.equals("has") || w.equals("have")) return Tense.PAST;
            if (w.equals("going") && pos.equals("VB")) return Tense.FUTURE;
            if (!(pos(aux).startsWith("RB") || pos(aux).startsWith("VB") || pos(aux).equals("MD") || w.equals("not"))) break;
        }
        String w = verb.word().toLowerCase(Locale.ROOT);
        if (pos.equals("MD")) return w.equals("will") || w.equals("shall") || w.equals("'ll") ? Tense.FUTURE : Tense.UNKNOWN;
        return switch (pos) {
            case "VBD", "VBN" -> Tense.PAST;
            case "VBZ", "VBP", "VBG" -> Tense.PRESENT;
            default -> Tense.UNKNOWN;
        };
    }

    private static final java.util.Set<String> SCHEDULING = java.util.Set.of("schedule", "plan", "reschedule");
    private static final java.util.Set<String> PRESENT_BE = java.util.Set.of("is", "are", "am");
    // verbs whose "to" complement took place when they did (Karttunen's implicatives and aspectuals)
    private static final java.util.Set<String> IMPLICATIVE = java.util.Set.of(
            "begin", "start", "continue", "manage", "fail", "refuse", "try", "attempt", "decline", "resume", "cease", "dare");

    private static String lemma(Token t) {
        String l = t.lemma() == null ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }

    private static String word(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word().toLowerCase(Locale.ROOT) : "";
    }

    private static boolean clauseBreakBetween(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            String w = tokens.get(i).word();
            if (w.equals(";") || w.equals(":") || w.equals("--")) return true;
        }
        return false;
    }

    private static boolean isVerb(Token t) {
        String p = pos(t);
        return p.startsWith("VB") || p.equals("MD");
    }

    private static String pos(Token t) {
        return t.pos() == null ? "" : t.pos();
    }
}
