package org.sitrep.incident;

import java.util.List;

/** What one report did to the incidents: new ones, changed ones (with their new revision), and the history lines. */
public record IncidentUpdate(List<Incident> created, List<Incident> revised, List<Revision> revisions) {
    public IncidentUpdate {
        created = List.copyOf(created);
        revised = List.copyOf(revised);
        revisions = List.copyOf(revisions);
    }
}
