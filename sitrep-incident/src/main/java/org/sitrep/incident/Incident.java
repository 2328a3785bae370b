package org.sitrep.incident;

import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/**
 * One real event as told by one or more reports. {@code id} is stable across revisions; the summary
 * fields are recomputed from {@code members} by {@link IncidentSummarizer}. Every contributing event is
 * kept, with its report, outlet and the reason it was merged.
 */
public record Incident(
        String id,
        int revision,
        EventType type,
        SubEventType subType,
        Actor actor1,
        Actor actor2,
        Place location,
        TimeSpan date,
        Casualties casualties,
        ClaimStatus status,
        String grade,
        int independentSources,
        List<Member> members) {
    public Incident {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("incident needs an id");
        if (members == null || members.isEmpty()) throw new IllegalArgumentException("incident " + id + " has no events");
        members = List.copyOf(members);
    }

    public List<String> reportIds() {
        return members.stream().map(Member::reportId).distinct().toList();
    }

    /**
     * A contributing event. {@code outlet} is the publishing source of its report (may be null);
     * {@code reason} is null for the event that opened the incident.
     */
    public record Member(Event event, String reportId, String outlet, MergeReason reason) {
        public Member {
            if (event == null) throw new IllegalArgumentException("member needs an event");
            if (reportId == null || reportId.isBlank()) throw new IllegalArgumentException("member needs a report id");
        }
    }

    /**
     * ACLED-conservative toll: {@code best} is the lowest single-event figure any source gives, never a
     * sum; {@code min}/{@code max} span what the sources report (Airwars style). Cumulative totals are
     * left out of all three and counted in {@code cumulativeExcluded}; the largest of them is kept apart as
     * {@code cumulative} with its words ({@code cumulativeText}), so a reader sees "50 killed since Friday"
     * beside the incident without it ever standing as this one event's toll.
     */
    public record Casualties(Integer best, Integer min, Integer max, int reporting, int cumulativeExcluded, Integer cumulative, String cumulativeText) {
        public Casualties(Integer best, Integer min, Integer max, int reporting, int cumulativeExcluded) {
            this(best, min, max, reporting, cumulativeExcluded, null, null);
        }
    }
}
