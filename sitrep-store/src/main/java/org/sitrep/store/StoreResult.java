package org.sitrep.store;

import java.util.List;

/** What storing one report did. {@code reportId} is the id already stored when {@code alreadyStored}. */
public record StoreResult(String reportId, boolean alreadyStored, int events, List<String> createdIncidents, List<String> revisedIncidents) {
    public StoreResult {
        createdIncidents = List.copyOf(createdIncidents);
        revisedIncidents = List.copyOf(revisedIncidents);
    }
}
