package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    private static Trigger first(List<Trigger> ts, SubEventType t) {
        return ts.stream().filter(x -> x.subType() == t).findFirst().orElse(null);
    }

    private static SubEventType type(String label) {
        SubEventType t = SubEventType.fromLabel(label.trim());
        if (t == null) throw new SitrepException(SitrepException.Category.INTERNAL, "unknown sub-event type in combine.tsv: " + label);
        return t;
    }
}
