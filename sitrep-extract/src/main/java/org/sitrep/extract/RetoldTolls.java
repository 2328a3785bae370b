package org.sitrep.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;

/**
 * "The death toll had risen to at least 63 from Saturday's multiple blasts": a sentence that names a told act again
 * ("Saturday's blasts", so no new event) may still give its toll. The toll goes to the act it names where that act has
 * none, or replaces a lower one where the sentence says the toll rose (ACLED codes the latest count a report gives).
 */
final class RetoldTolls {
    private static final Pattern ROSE = Pattern.compile("\\b(risen|rose|rises|climbed|climbs|increased|reached|jumped)\\b");

    // "the death toll had risen to 63 from Saturday's blasts", "one person was killed and five were wounded in the attack"
    // "... were killed and 35 wounded in the terrorist action", "as a result of this action, an elderly man was killed"
    private static final String TOLD_ACT = "(the|this|that)\\s+([\\w-]+\\s+)?(attack|explosion|blast|bombing|ambush|raid|incident|action|shooting|shoot-?out)s?\\b";
    private static final Pattern TOLL_OF_TOLD = Pattern.compile("\\bdeath toll\\b[^.;]{0,80}\\b(from|in|of)\\s+(the|this|that|[\\w-]+['’]s)\\s"
            + "|\\b(killed|dead|died|wounded|injured)\\b[^.;]{0,60}\\b(in|during|by|at the time of)\\s+" + TOLD_ACT
            + "|\\b(as a result of|at the time of|in|during)\\s+" + TOLD_ACT + "[^.;]{0,120}\\b(killed|dead|died|wounded|injured)\\b");
    /** A toll sentence that dates itself apart from the act told just before it: another period's count. */
    private static final Pattern OTHER_TIME = Pattern.compile("\\b((19|20)\\d\\d|so far|since|earlier|previous\\w*|last (week|month|year)|this (month|year)|weeks|months|years|decades|(has|have) died"
            + "|in (all|total)|altogether|overall)\\b");

    private RetoldTolls() {}

    /**
     * Gives the toll of a sentence whose act names a told one again ({@code retold}) to the latest told act of its kind, and
     * returns the toll of a sentence that names no act of its own but says whose toll it is ("the death toll had
     * risen to 63 from Saturday's blasts") or that follows the sentence of an act without a toll ("One civilian and one
     * soldier were killed."), for {@link #applyForward} once the report's events are settled; else null.
     */
    static Fatalities apply(String sentence, int sentenceIndex, List<Trigger> retold, Fatalities toll, List<Event> events) {
        if (toll == null || toll.cumulative()) return null;
        // "the death toll had risen to 63 from Saturday's multiple blasts": a toll of a told act with no trigger word of its own
        if (retold.isEmpty()) {
            String lower = TriggerFinder.lowerFlat(sentence);
            if (TOLL_OF_TOLD.matcher(lower).find()) return toll;
            // "Guerrillas attacked the command post with mortars. One civilian and one soldier were killed.": a toll with no act
            // of its own, right after the sentence that told an act still without one, is that act's; so is one a sentence
            // further on when that sentence tells no act of its own ("... with mortars. The fighting lasted two hours. One
            // civilian and one soldier were killed.")
            boolean afterAct = events.stream().anyMatch(e -> e.sentence().index() == sentenceIndex - 1 && e.fatalities() == null
                    && e.type() != null && e.type().politicalViolence());
            Event last = events.isEmpty() ? null : events.get(events.size() - 1);
            afterAct = afterAct || last != null && last.sentence().index() == sentenceIndex - 2 && last.fatalities() == null
                    && last.type() != null && last.type().politicalViolence();
            return afterAct && !toldBefore(lower, toll, events) && !OTHER_TIME.matcher(lower).find() ? toll : null;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            boolean kind = retold.stream().anyMatch(t -> t.subType().type() == e.type()
                    || e.type() != null && e.type().politicalViolence() && t.subType().type().politicalViolence());
            if (!kind) continue;
            boolean rose = e.fatalities() != null && e.fatalities().best() != null && toll.best() != null && toll.best() > e.fatalities().best()
                    && ROSE.matcher(TriggerFinder.lowerFlat(sentence)).find();
            if (e.fatalities() != null && !rose) return null;
            events.set(i, Events.amended(e, e.actor1(), toll, new Evidence("fatalities", toll.span(), toll.text()),
                    "fatalities: told again in sentence " + (sentenceIndex + 1) + (rose ? ", where the toll rose" : "")));
            return null;
        }
        return null;
    }

    /**
     * Whether an event told before gives this toll already: the same count, said of the same victim ("Arnel Joseph was killed
     * in a gun battle. He opened fire on a patrol. The police returned fire and Arnel Joseph was killed" retells the first
     * toll). The victim is read as the two words before the toll ("arnel joseph was killed"); {@code lower} is the sentence
     * lowercased.
     */
    private static boolean toldBefore(String lower, Fatalities toll, List<Event> events) {
        int at = toll.text() == null ? -1 : lower.indexOf(TriggerFinder.lowerFlat(toll.text()));
        if (at < 0) return false;
        Matcher victim = VICTIM_BEFORE.matcher(lower.substring(0, at));
        if (!victim.find()) return false;
        String who = victim.group(1);
        return events.stream().anyMatch(e -> e.fatalities() != null && java.util.Objects.equals(e.fatalities().best(), toll.best())
                && e.sentence() != null && TriggerFinder.lowerFlat(e.sentence().text()).contains(who));
    }

    private static final Pattern VICTIM_BEFORE = Pattern.compile("\\b([a-z][a-z'-]{2,} [a-z][a-z'-]{2,}),?\\s*$");

    /**
     * A toll said of a told act without a trigger word goes, once the report's events are settled, to the act of political
     * violence told last before it, or, where the report tells the act only later ("officials raised the death toll to more
     * than 60 from the previous day's blasts" in a lead), first after it; only to an act that has no toll.
     */
    static List<Event> applyForward(List<Fatalities> tolls, List<Event> settled) {
        List<Event> events = new java.util.ArrayList<>(settled);
        for (Fatalities toll : tolls) {
            int before = -1;
            int after = -1;
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (e.type() == null || !e.type().politicalViolence()) continue;
                if (e.sentence().span().start() < toll.span().start()) before = i;
                else if (after < 0) after = i;
            }
            int at = before >= 0 ? before : after;
            if (at < 0 || events.get(at).fatalities() != null) continue;
            Event e = events.get(at);
            events.set(at, Events.amended(e, e.actor1(), toll, new Evidence("fatalities", toll.span(), toll.text()), "fatalities: the toll a later or "
                    + "earlier sentence gives of this act"));
        }
        return events;
    }
}
