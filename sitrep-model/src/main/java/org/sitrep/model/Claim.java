package org.sitrep.model;

import java.util.List;

/** An event's claim status, its sources and an Airwars-like grade (weak, fair, confirmed). */
public record Claim(ClaimStatus status, List<Source> sources, String grade, String note) {
    public Claim {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
