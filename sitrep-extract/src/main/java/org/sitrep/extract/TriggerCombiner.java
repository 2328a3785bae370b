package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.EventType;
import org.sitrep.model.SitrepException;
import org.sitrep.model.SubEventType;

/**
 * Codes two acts named in one sentence as the one event ACLED would code ("police detained protesters":
 * a protest with intervention, not a protest and an arrest). Rules come from {@code combine.tsv}.
 */
public final class TriggerCombiner {
    private record Rule(SubEventType first, SubEventType second, SubEventType result) {}

    private final List<Rule> rules = new ArrayList<>();

    public TriggerCombiner() {
        for (String[] row : ResourceTable.read("combine.tsv")) {
            rules.add(new Rule(type(row[0]), type(row[1]), type(row[2])));
        }
    }

    /** The triggers of one sentence, in text order, with combinable pairs replaced by one trigger each. */
    public List<Trigger> combine(List<Trigger> found) {
        List<Trigger> out = new ArrayList<>(found);
        for (Rule r : rules) {
            // a rule that keeps its first type ("a riot absorbs the clashes told in it") takes in every such trigger;
            // others pair once (two captures and one withdrawal are one transfer and one capture)
            boolean absorbs = r.result == r.first;
            do {
                Trigger a = first(out, r.first);
                Trigger b = first(out, r.second);
                if (a == null || b == null) break;
                out.remove(a);
                out.remove(b);
                out.add(new Trigger(r.result, a.span(), a.phrase(), Math.max(a.priority(), b.priority())));
            } while (absorbs);
        }
        out.sort(Comparator.comparing(Trigger::span));
        return out;
    }

    /** Whether a rule would combine the trigger with another trigger of its sentence. */
    boolean pairs(Trigger t, List<Trigger> sentence) {
        for (Rule r : rules) {
            SubEventType other = r.first == t.subType() ? r.second : r.second == t.subType() ? r.first : null;
            if (other != null && sentence.stream().anyMatch(x -> x != t && x.subType() == other)) return true;
        }
        return false;
    }

    /** Below this priority a trigger is a weak cue that a specific act in its sentence absorbs (see triggers.tsv). */
    static final int WEAK = 30;
    // "..., a day after an attack on a train": the act named only as when the sentence's own act happened
    private static final java.util.regex.Pattern TIME_ANCHOR = java.util.regex.Pattern.compile(
            "\\b((a|one|two|three|a few|several|\\d+) (day|days|hours?|weeks?)|hours|days|weeks|shortly|soon|moments|minutes) (after|before)\\s+"
            + "((an?|the|its|their|this|that)\\s+)?([\\w'’-]+\\s+){0,3}$|\\b(following|in the wake of)\\s+((an?|the)\\s+)?([\\w'’-]+\\s+){0,3}$");

    /**
     * "A military operation rescued 190 passengers and killed 30 terrorists, a day after an attack on a train": a weak
     * cue ("killed 30 terrorists") is the toll of the sentence's specific act only when that act is the one told; where
     * every specific act is named after it only as the time anchor of the clause, the cue is an act of its own (the
     * operation) and is raised to a specific trigger, so that its toll is not given to the anchoring act. So is a cue of armed
     * men killed beside acts that are all violence against civilians (a hostage-taking and the rescue that killed its takers).
     */
    static List<Trigger> separateAnchoredActs(List<Trigger> found, String sentence, int sentenceStart) {
        List<Trigger> weak = found.stream().filter(t -> t.priority() < WEAK).toList();
        List<Trigger> specific = found.stream().filter(t -> t.priority() >= WEAK && t.subType().type().politicalViolence()).toList();
        if (weak.isEmpty() || specific.isEmpty()) return found;
        // "Passengers of a train held hostage ... as the military completed a rescue operation and killed 33 terrorists": the
        // militants killed are no victims of an act against civilians; their deaths are the operation's, an act of its own
        if (specific.stream().allMatch(s -> s.subType().type() == EventType.VIOLENCE_AGAINST_CIVILIANS)) {
            return found.stream().map(t -> t.priority() < WEAK && t.subType() == SubEventType.ARMED_CLASH && !CLAUSE_BETWEEN.matcher(t.phrase()).find()
                    ? new Trigger(t.subType(), t.span(), t.phrase(), WEAK) : t).toList();
        }
        String lower = TriggerFinder.lowerFlat(sentence);
        for (Trigger s : specific) {
            int at = s.span().start() - sentenceStart;
            if (at < 0 || at > lower.length() || !TIME_ANCHOR.matcher(lower.substring(Math.max(0, at - 80), at)).find()) return found;
        }
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : found) {
            boolean before = specific.stream().allMatch(s -> t.span().end() <= s.span().start());
            out.add(t.priority() < WEAK && before ? new Trigger(t.subType(), t.span(), t.phrase(), WEAK) : t);
        }
        return out;
    }

    /** "killed as the gunmen entered": the armed men start a clause of their own; they are not the ones killed. */
    private static final java.util.regex.Pattern CLAUSE_BETWEEN = java.util.regex.Pattern.compile("(?i)\\s(as|when|while|after|before|by|because|since|until|then)\\s");

    private static Trigger first(List<Trigger> ts, SubEventType t) {
        return ts.stream().filter(x -> x.subType() == t).findFirst().orElse(null);
    }

    private static SubEventType type(String label) {
        SubEventType t = SubEventType.fromLabel(label.trim());
        if (t == null) throw new SitrepException(SitrepException.Category.INTERNAL, "unknown sub-event type in combine.tsv: " + label);
        return t;
    }
}
