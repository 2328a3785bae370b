package org.sitrep.extract;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Span;

/**
 * Who a toll's dead were, read with the actor dictionary from the toll's words and the few after them: state forces
 * ("Five Frontier Corps personnel were also killed"), an armed group ("killed 33 BLA terrorists") or civilians. Two
 * mentions of one act whose tolls count different sides count different dead, which ACLED adds up (an event's
 * fatalities are all its dead); two tolls of one side are two tellings of one count, of which the lower is kept.
 * Words that name no side ("people", "persons", "others") say nothing, and nothing is added.
 */
final class VictimGroups {
    private static final ActorDictionary DICTIONARY = ActorDictionary.standard();
    /** How far after a toll's words its victims are named ("killed 33 " + "BLA terrorists in ..."): about five words. */
    private static final int AFTER = 40;
    private static final Set<String> NO_SIDE = Set.of("people", "persons", "others", "person");

    private VictimGroups() {}

    /** Whether the two tolls, each found in one of the event's sentences, count victims of different sides and none in common. */
    static boolean distinct(Event a, Fatalities f, Event b, Fatalities g) {
        Set<Integer> one = sides(window(a, f));
        Set<Integer> two = sides(window(b, g));
        if (one.isEmpty() || two.isEmpty()) return false;
        Set<Integer> common = new HashSet<>(one);
        common.retainAll(two);
        return common.isEmpty();
    }

    /** The sides the words name: 1 state forces (ACLED inter 1 and 8), 2 armed groups (2, 3, 4), 7 civilians. */
    static Set<Integer> sides(String words) {
        Set<Integer> out = new HashSet<>();
        if (words == null) return out;
        for (ActorDictionary.Match m : DICTIONARY.find(words)) {
            if (NO_SIDE.contains(m.text().toLowerCase(java.util.Locale.ROOT))) continue;
            int inter = m.entry().inter();
            if (inter == 1 || inter == 8) out.add(1);
            else if (inter >= 2 && inter <= 4) out.add(2);
            else if (inter == 7) out.add(7);
        }
        return out;
    }

    /** The toll's words and the few after them, from the event's sentence that holds them; null where none does. */
    static String window(Event e, Fatalities f) {
        Span s = f.span();
        if (s == null) return f.text();
        for (Evidence x : e.evidence()) {
            if (!"sentence".equals(x.field()) || x.span().start() > s.start() || x.span().end() < s.end()) continue;
            int from = s.start() - x.span().start();
            int to = Math.min(x.text().length(), s.end() - x.span().start() + AFTER);
            if (from < 0 || from > to) return f.text();
            return x.text().substring(from, to);
        }
        return f.text();
    }

    /** The two tolls added up: best, and the bounds where both give one. */
    static Fatalities sum(Fatalities f, Fatalities g) {
        Integer min = f.min() != null && g.min() != null ? Integer.valueOf(f.min() + g.min()) : null;
        Integer max = f.max() != null && g.max() != null ? Integer.valueOf(f.max() + g.max()) : null;
        return new Fatalities(f.best() + g.best(), min, max, false, f.civilians() && g.civilians(), f.text(), f.span());
    }
}
