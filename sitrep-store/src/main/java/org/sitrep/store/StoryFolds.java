package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.incident.Incident;
import org.sitrep.incident.StoryFolder;

/**
 * After a report is stored, folds together the incidents of its story that now read as one happening
 * ({@link StoryFolder}); separations an analyst made are respected. Each fold is a merge like an analyst's
 * (revisions, changes, the folded incident deleted) but no analyst edit: the revision line says ingest did it and why.
 */
final class StoryFolds {
    private final StoryFolder folder;
    private final IncidentRows incidents;
    private final AnalystMerges merges;

    StoryFolds(StoryFolder folder, IncidentRows incidents, AnalystMerges merges) {
        this.folder = folder;
        this.incidents = incidents;
        this.merges = merges;
    }

    /** The ids folded away (deleted) and the ids that took them in, for the report's result. */
    record Folded(Set<String> gone, Set<String> kept) {
        static final Folded NONE = new Folded(Set.of(), Set.of());
    }

    Folded fold(Connection c, String reportId, long now) throws SQLException {
        Map<String, Integer> leadCounts = StoryRows.storyIncidents(c, reportId, true);
        if (leadCounts.size() < 2) return Folded.NONE;
        List<Object> params = new ArrayList<>(leadCounts.keySet());
        params.add(EventQuery.SITREP);
        List<Incident> story = incidents.select(c, " WHERE i.id IN (" + String.join(", ", Collections.nCopies(leadCounts.size(), "?")) + ") AND i.origin = ?",
                params, "");
        Set<String> apart = separations(c, story);
        List<StoryFolder.Fold> folds = folder.folds(story, leadCounts, (x, y) -> apart.contains(x + "\u0000" + y));
        Map<String, Incident> live = new LinkedHashMap<>();
        for (Incident i : story) live.put(i.id(), i);
        Set<String> gone = new HashSet<>();
        Set<String> kept = new HashSet<>();
        for (StoryFolder.Fold f : folds) {
            Incident joined = merges.join(c, live.get(f.keep()), live.remove(f.gone()),
                    " by ingest of report " + reportId + ": one story, " + f.reason().describe(), now);
            live.put(joined.id(), joined);
            gone.add(f.gone());
            kept.add(f.keep());
        }
        return new Folded(gone, kept);
    }

    /** Pairs of events an analyst split apart, as "event\0other", among the given incidents' events. */
    private static Set<String> separations(Connection c, List<Incident> story) throws SQLException {
        Set<String> out = new HashSet<>();
        List<Object> ids = new ArrayList<>();
        for (Incident i : story) for (Incident.Member m : i.members()) ids.add(m.event().id());
        if (ids.isEmpty()) return out;
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        List<Object> params = new ArrayList<>(ids);
        params.addAll(ids);
        try (PreparedStatement ps = Sql.prepare(c, "SELECT event_id, apart_from FROM separations WHERE event_id IN (" + marks + ") AND apart_from IN (" + marks + ")",
                params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1) + "\u0000" + rs.getString(2));
        }
        return out;
    }
}
