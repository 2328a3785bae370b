package org.sitrep.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;

/**
 * "Gunmen stormed a hotel ... Al-Shabab claimed responsibility for the attack": the group that claims an act the report
 * has told is that act's actor 1 where the telling named no one or only unidentified gunmen (ACLED codes the claimed
 * perpetrator, and notes the claim). The claim's "the attack" names the told act again, so it makes no event of its own.
 */
final class ResponsibilityClaims {
    private static final Pattern CLAIM = Pattern.compile("\\b(?:has |have |had |quickly |immediately |later |also )*(?:claimed|claims|claim|took|takes|accepted|accepts)"
            + " (?:responsibility|credit) for\\b");

    private ResponsibilityClaims() {}

    /** The report's events with the claimant of this sentence's claim, if any, set as actor 1 of the act it claims. */
    static void apply(String sentence, int sentenceStart, int sentenceIndex, List<Event> events, ActorExtractor actors) {
        Matcher m = CLAIM.matcher(TriggerFinder.lowerFlat(sentence));
        if (!m.find() || events.isEmpty()) return;
        Span claim = new Span(sentenceStart + m.start(), sentenceStart + m.end());
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (e.type() == null || !e.type().politicalViolence()) continue;
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
