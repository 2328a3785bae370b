package org.sitrep.extract;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeSpan;

/**
 * "Gunmen stormed a hotel ... Al-Shabab claimed responsibility for the attack": the group that claims an act the report
 * has told is that act's actor 1 where the telling named no one or only unidentified gunmen (ACLED codes the claimed
 * perpetrator, and notes the claim). The claim's "the attack" names the told act again, so it makes no event of its own.
 */
final class ResponsibilityClaims {
    private static final Pattern CLAIM = Pattern.compile("\\b(?:has |have |had |quickly |immediately |later |also )*(?:claimed|claims|claim|took|takes|accepted|accepts)"
            + " (?:responsibility|credit) for\\b");

    private ResponsibilityClaims() {}

    // "claimed responsibility for the hotel attack on Tuesday", "for Tuesday's attack": the claimed act named with its day
    private static final Pattern CLAIMED_ACT = Pattern.compile("\\G\\s*(the|this|that|its|their|[a-z][\\w-]*['’]s)\\s+([\\w-]+\\s+){0,2}?"
            + "(attacks?|bombings?|assault|raid|ambush|killings?|kidnappings?|abductions?|blasts?|explosions?|massacre|siege|(air ?)?strikes?|shooting)\\b");
    private static final Pattern KIDNAP_NOUN = Pattern.compile("kidnappings?|abductions?");
    private static final Pattern BLAST_NOUN = Pattern.compile("bombings?|blasts?|explosions?|(air ?)?strikes?");

    /** Whether the claimed act's noun can name an event of this type (an attack, a raid or a killing names any act of violence). */
    private static boolean namesType(String noun, EventType type) {
        if (KIDNAP_NOUN.matcher(noun).matches()) return type == EventType.VIOLENCE_AGAINST_CIVILIANS;
        if (BLAST_NOUN.matcher(noun).matches()) return type == EventType.EXPLOSIONS_REMOTE_VIOLENCE;
        return true;
    }

    /** How far after the act's noun its day may begin ("the attack late Tuesday"). */
    private static final int DAY_AFTER = 8;

    /**
     * The report's events with the claimant of this sentence's claim, if any, set as actor 1 of the act it claims; a claim that
     * names the act with its day ("for the hotel attack on Tuesday") dates the claimed act when the act had no day of its own.
     */
    static void apply(String sentence, int sentenceStart, int sentenceIndex, List<Event> events, ActorExtractor actors, Function<Span, TimeSpan> dater) {
        String lower = TriggerFinder.lowerFlat(sentence);
        Matcher m = CLAIM.matcher(lower);
        if (!m.find() || events.isEmpty()) return;
        Span claim = new Span(sentenceStart + m.start(), sentenceStart + m.end());
        Matcher act = CLAIMED_ACT.matcher(lower);
        Span noun = act.find(m.end()) ? new Span(sentenceStart + act.start(3), sentenceStart + act.end(3)) : null;
        TimeSpan day = noun == null ? null : dater.apply(noun);
        boolean dayOfAct = RetoldDates.stated(day) && day.span().start() >= sentenceStart + act.start(1) && day.span().start() <= noun.end() + DAY_AFTER;
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (e.type() == null || !e.type().politicalViolence()) continue;
            // "for Tuesday's kidnapping" names an abduction, "the bombing" an explosion: the claimed act's day is that act's
            if (dayOfAct && !EventCoreference.ownDate(e) && namesType(act.group(3), e.type())) {
                e = RetoldDates.dated(e, day);
                events.set(i, e);
            }
            if (e.actor1() != null && !ActorConventions.unidentified(e.actor1())) return; // the told act already has its named actor
            String iso = e.location() == null ? null : e.location().country();
            Actor claimant = actors.extract(sentence, sentenceStart, claim, iso, null).actor1();
            if (claimant == null || ActorConventions.unidentified(claimant) || !ActorConventions.armedNonState(claimant)) return;
            events.set(i, Events.amended(e, claimant, e.fatalities(), new Evidence("actor1", claimant.span(), claimant.mention()),
                    "actor1: claimed responsibility in sentence " + (sentenceIndex + 1)));
            return;
        }
    }
}
