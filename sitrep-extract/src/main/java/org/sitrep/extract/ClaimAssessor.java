package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Source;
import org.sitrep.model.SubEventType;

/**
 * Claim status and an Airwars-like grade: one source is weak, two or more independent kinds fair, a
 * belligerent's own admission confirmed; "claimed" wording makes a claim; territorial claims that another
 * report of the same place contradicts become disputed.
 */
public final class ClaimAssessor {
    private static final Pattern CLAIM_WORDS = Pattern.compile("\\b(claim(ed|s|ing)?|purported(ly)?|said (it|they) had)\\b");

    /** {@code triggerStart} is the trigger's offset in the sentence: a claim word must govern it, not a neighbour. */
    public Claim assess(String sentence, int triggerStart, List<Source> sources, boolean actorAdmits) {
        String lower = TriggerFinder.lowerFlat(sentence);
        String lead = lower.substring(Math.max(0, triggerStart - 40), Math.max(0, triggerStart));
        boolean claimed = CLAIM_WORDS.matcher(lead).find() || sources.stream().anyMatch(s -> "claimed".equals(s.verb()));
        String grade = grade(sources, actorAdmits);
        ClaimStatus status = claimed ? ClaimStatus.CLAIMED : actorAdmits ? ClaimStatus.CONFIRMED : ClaimStatus.REPORTED;
        return new Claim(status, sources, grade, null);
    }

    /** The Airwars-like grade of a set of sources: a belligerent's admission, two independent kinds, one, none. */
    static String grade(Collection<Source> sources, boolean actorAdmits) {
        Set<String> kinds = new HashSet<>();
        for (Source s : sources) kinds.add(s.kind());
        return actorAdmits ? "confirmed" : kinds.size() >= 2 ? "fair" : sources.isEmpty() ? "unattributed" : "weak";
    }

    /** Marks territorial claims contradicted by another event of the same report at the same place. */
    public List<Event> markDisputes(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event a = out.get(i);
            if (!territorial(a.subType()) || a.location() == null) continue;
            for (Event b : out) {
                if (b == a || !territorial(b.subType()) || b.location() == null) continue;
                if (a.location().geonameId() != b.location().geonameId()) continue;
                String ha = a.actor1() == null ? null : a.actor1().name();
                String hb = b.actor1() == null ? null : b.actor1().name();
                if (ha != null && ha.equals(hb)) continue;
                boolean aIsTheClaim = a.claim().status() == ClaimStatus.CLAIMED
                        || (b.claim().status() != ClaimStatus.CLAIMED && a.date().known() && b.date().known() && a.date().latest().isBefore(b.date().latest()));
                if (aIsTheClaim) {
                    Claim c = a.claim();
                    String note = "contradicted by " + b.id() + " (" + b.subType().label() + (hb == null ? "" : " by " + hb) + ")";
                    out.set(i, Events.withClaim(a, new Claim(ClaimStatus.DISPUTED, c.sources(), c.grade(), note)));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean territorial(SubEventType t) {
        return t == SubEventType.GOVERNMENT_REGAINS_TERRITORY || t == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
                || t == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY;
    }
}
