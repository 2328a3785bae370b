package org.sitrep.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.sitrep.model.Event;

/**
 * Folds together incidents of one story that prove to be one happening. Ingest places each new event once, against
 * the incidents its report's story held at that moment; an early report that came before its story was linked (the
 * stories merged later) or before the telling that bridges two accounts opened an incident of its own, and nothing
 * moved it since. Once a story holds several incidents, each pair is tested as a new report's main event is: every
 * event that leads its report in one must match every such event in the other, with the story's allowances
 * ({@link IncidentMatcher#matchAll(List, List, boolean)}). Side events (a background
 * clash, an arrest days later) do not vote: they are kept with whatever incident holds them. Two incidents with events
 * of the same report never fold (the extractor decided those are distinct), nor any an analyst kept apart.
 */
public final class StoryFolder {
    private final IncidentMatcher matcher;

    public StoryFolder(IncidentMatcher matcher) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    /** {@code gone} folds into {@code keep}; {@code reason} names the closest pair of lead events that matched. */
    public record Fold(String keep, String gone, MergeReason reason) {}

    /**
     * The folds to apply, in order. {@code leadCounts}: per incident, how many of the story's reports lead with it; the
     * incident most reports lead with keeps its id (the earlier one in {@code incidents} on a tie), and later ones
     * fold into the first kept incident they match, whose members then grow (complete link, as in ingest).
     * {@code keptApart}: whether an analyst split two events apart.
     */
    public List<Fold> folds(List<Incident> incidents, Map<String, Integer> leadCounts, BiPredicate<String, String> keptApart) {
        Set<String> leads = IncidentBuilder.leadEvents(incidents);
        List<Incident> order = new ArrayList<>(incidents);
        order.sort(Comparator.comparingInt((Incident i) -> -leadCounts.getOrDefault(i.id(), 0)));
        List<List<Incident.Member>> kept = new ArrayList<>();
        List<String> keptIds = new ArrayList<>();
        List<Fold> out = new ArrayList<>();
        for (Incident incident : order) {
            boolean folded = false;
            for (int k = 0; k < kept.size() && !folded; k++) {
                Optional<MergeReason> reason = compatible(kept.get(k), incident.members(), leads, keptApart);
                if (reason.isEmpty()) continue;
                out.add(new Fold(keptIds.get(k), incident.id(), reason.get()));
                kept.get(k).addAll(incident.members());
                folded = true;
            }
            if (!folded) {
                kept.add(new ArrayList<>(incident.members()));
                keptIds.add(incident.id());
            }
        }
        return out;
    }

    private Optional<MergeReason> compatible(List<Incident.Member> a, List<Incident.Member> b, Set<String> leads, BiPredicate<String, String> keptApart) {
        Set<String> reports = new HashSet<>();
        for (Incident.Member m : a) reports.add(m.reportId());
        for (Incident.Member m : b) {
            if (reports.contains(m.reportId())) return Optional.empty();
            for (Incident.Member n : a) {
                if (keptApart.test(m.event().id(), n.event().id()) || keptApart.test(n.event().id(), m.event().id())) return Optional.empty();
            }
        }
        List<Event> la = a.stream().filter(m -> leads.contains(m.event().id())).map(Incident.Member::event).toList();
        List<Event> lb = b.stream().filter(m -> leads.contains(m.event().id())).map(Incident.Member::event).toList();
        return matcher.matchAll(lb, la, true);
    }
}
