package org.sitrep.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.SitrepException;

/**
 * Folds a new report's events into the known incidents. An event joins the incident whose every member
 * it matches (complete link: no chains that drift 25 km at a time), preferring the closest; otherwise
 * it opens a new incident. Events of one report never merge with each other: the extractor already
 * decided they are distinct. Each touched incident gets one new revision per report.
 */
public final class IncidentBuilder {
    private final IncidentMatcher matcher;
    private final IncidentSummarizer summarizer;

    public IncidentBuilder(IncidentMatcher matcher, IncidentSummarizer summarizer) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    }

    /** Folds a story's incidents with the same matcher this builder places events with. */
    public StoryFolder folder() {
        return new StoryFolder(matcher);
    }

    public IncidentUpdate update(List<Incident> existing, Report report, List<Event> events) {
        return update(existing, report, events, Set.of());
    }

    /** {@code sameStory}: ids of the incidents that hold events of reports in the new report's story. */
    public IncidentUpdate update(List<Incident> existing, Report report, List<Event> events, Set<String> sameStory) {
        Map<String, Integer> none = new LinkedHashMap<>();
        for (String id : sameStory) none.put(id, 0);
        return update(existing, report, events, none);
    }

    /**
     * {@code storyIncidents}: the incidents that hold events of reports in the new report's story, each with
     * how many of those reports have their main event in it. The report's own main event is placed first
     * and prefers, among the incidents it matches, the one holding most of the story's main events: the
     * reports of one happening each lead with it, while their side events (background, other days) need
     * not line up. Other events take the closest match.
     */
    public IncidentUpdate update(List<Incident> existing, Report report, List<Event> events, Map<String, Integer> storyIncidents) {
        Set<String> sameStory = storyIncidents.keySet();
        Map<String, Incident> working = new LinkedHashMap<>();
        for (Incident incident : existing) working.put(incident.id(), incident);
        Set<String> created = new LinkedHashSet<>();
        Set<String> revised = new LinkedHashSet<>();
        List<Revision> revisions = new ArrayList<>();
        int main = mainIndex(events);
        Set<String> leads = leadEvents(existing);
        for (int i : order(events.size(), main)) {
            Event event = events.get(i);
            Candidate best = null;
            for (Incident incident : working.values()) {
                boolean inStory = sameStory.contains(incident.id());
                Candidate c = candidate(incident, event, report.id(), inStory, i == main && inStory ? leads : Set.of());
                if (c == null) continue;
                if (best == null || (i == main ? c.betterLeadThan(best, storyIncidents) : c.closerThan(best))) best = c;
            }
            Incident.Member member = new Incident.Member(event, report.id(), report.source(), best == null ? null : best.reason());
            if (best == null) {
                String id = newId(report.id(), event.id() != null ? event.id() : String.valueOf(i), working.keySet());
                Incident incident = summarizer.summarize(id, 1, List.of(member));
                working.put(id, incident);
                created.add(id);
                revisions.add(new Revision(id, 1, report.id(), Revision.Kind.CREATED, "opened by event " + event.id() + " of report " + report.id() + tally(incident)));
            } else {
                Incident old = best.incident();
                List<Incident.Member> members = new ArrayList<>(old.members());
                members.add(member);
                boolean fresh = created.contains(old.id()) || revised.contains(old.id());
                Incident updated = summarizer.summarize(old.id(), fresh ? old.revision() : old.revision() + 1, members);
                working.put(old.id(), updated);
                if (!created.contains(old.id())) revised.add(old.id());
                revisions.add(new Revision(old.id(), updated.revision(), report.id(), created.contains(old.id()) ? Revision.Kind.CREATED : Revision.Kind.REVISED,
                        "event " + event.id() + " of report " + report.id() + " merged: " + best.reason().describe() + tally(updated)));
            }
        }
        return new IncidentUpdate(
                created.stream().map(working::get).toList(),
                revised.stream().map(working::get).toList(),
                revisions);
    }

    /**
     * {@code leads}: when not empty, the report's main event meets a story incident, and only the incident's members
     * that lead their own reports (their main events) must match it: the side events other reports added (a
     * background clash, an actor taken from a quote) need not agree with every new telling of the happening.
     */
    private Candidate candidate(Incident incident, Event event, String reportId, boolean sameStory, Set<String> leads) {
        if (incident.members().stream().anyMatch(m -> m.reportId().equals(reportId))) return null;
        boolean anyLead = incident.members().stream().anyMatch(m -> m.event().id() != null && leads.contains(m.event().id()));
        List<Event> held = incident.members().stream().filter(m -> !anyLead || leads.contains(m.event().id())).map(Incident.Member::event).toList();
        return matcher.matchAll(List.of(event), held, sameStory).map(r -> new Candidate(incident, r)).orElse(null);
    }

    private static String tally(Incident incident) {
        Incident.Casualties c = incident.casualties();
        return "; fatalities " + c.best() + " (min " + c.min() + ", max " + c.max() + "); " + incident.status() + ", " + incident.grade()
                + ", " + incident.independentSources() + " independent source(s)";
    }

    /** Derived from the opening event, so a fresh store that ingests the same reports in order gives the same ids. */
    static String newId(String reportId, String eventKey, Set<String> taken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((reportId + "\u0000" + eventKey).getBytes(StandardCharsets.UTF_8));
            String base = "inc-" + HexFormat.of().formatHex(digest, 0, 8);
            String id = base;
            for (int n = 2; taken.contains(id); n++) id = base + "-" + n;
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "SHA-256 is missing from this JVM", e);
        }
    }

    /** Ids of the events that lead their reports among the given incidents' members: each report's most confident one. */
    static Set<String> leadEvents(List<Incident> incidents) {
        Map<String, Event> best = new LinkedHashMap<>();
        for (Incident incident : incidents) {
            for (Incident.Member m : incident.members()) {
                Event e = m.event();
                if (e.id() == null) continue;
                Event b = best.get(m.reportId());
                if (b == null || e.confidence() > b.confidence()) best.put(m.reportId(), e);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (Event e : best.values()) out.add(e.id());
        return out;
    }

    /** The report's main event: highest confidence, the first in the text on a tie (as the extractor's main type); -1 with none. */
    public static int mainIndex(List<Event> events) {
        int main = -1;
        for (int i = 0; i < events.size(); i++) {
            if (main < 0 || events.get(i).confidence() > events.get(main).confidence()) main = i;
        }
        return main;
    }

    private static List<Integer> order(int size, int main) {
        List<Integer> out = new ArrayList<>();
        if (main >= 0) out.add(main);
        for (int i = 0; i < size; i++) if (i != main) out.add(i);
        return out;
    }

    private record Candidate(Incident incident, MergeReason reason) {
        boolean closerThan(Candidate other) {
            return IncidentMatcher.closeness(reason) < IncidentMatcher.closeness(other.reason);
        }

        boolean betterLeadThan(Candidate other, Map<String, Integer> storyMains) {
            int mine = storyMains.getOrDefault(incident.id(), 0);
            int theirs = storyMains.getOrDefault(other.incident.id(), 0);
            return mine != theirs ? mine > theirs : closerThan(other);
        }
    }
}
