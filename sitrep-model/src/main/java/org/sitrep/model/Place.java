package org.sitrep.model;

import java.util.List;

/**
 * A geocoded place. {@code geoPrecision} follows ACLED: 1 the place itself, 2 near it or a part of a
 * region, 3 only a province or country. {@code candidates} keeps the scored alternatives for review.
 */
public record Place(
        String name,
        long geonameId,
        String country,
        String admin1,
        String admin2,
        Double lat,
        Double lon,
        int geoPrecision,
        String featureClass,
        String mention,
        Span span,
        double score,
        List<Candidate> candidates) {
    public Place {
        if (geoPrecision < 1 || geoPrecision > 3) throw new IllegalArgumentException("geo_precision must be 1..3");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /**
     * Known only as a country: no first-level region, precision 3 ("Syria", not "Idlib" or a town in it). A named region
     * (feature class L: "Darfur", "Donbas") is no whole country even where it spans several first-level regions.
     */
    public boolean countryOnly() {
        return admin1 == null && geoPrecision == 3 && !"L".equals(featureClass);
    }

    public Place withPrecision(int precision) {
        return new Place(name, geonameId, country, admin1, admin2, lat, lon, precision, featureClass, mention, span, score, candidates);
    }


    /** One scored alternative the resolver considered. */
    public record Candidate(long geonameId, String name, String country, double lat, double lon, double score) {}
}
