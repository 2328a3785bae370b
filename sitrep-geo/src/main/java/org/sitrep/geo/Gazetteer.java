package org.sitrep.geo;

import java.util.List;
import java.util.Optional;

/** Place-name lookup: scored candidates, best first. */
public interface Gazetteer {
    List<GazetteerEntry> lookup(String name, int max);

    /** Whether some entry has this name (after folding) exactly: a cheap test for finding toponyms. */
    default boolean knows(String name) {
        return lookup(name, 5).stream().anyMatch(GazetteerEntry::exact);
    }

    /** The ISO country code of a demonym ("syrian" → SY), when the gazetteer knows it. */
    default Optional<String> countryOfDemonym(String word) {
        return Optional.empty();
    }

    /** The countries sharing a land border with the one given by its ISO code, when the gazetteer knows them. */
    default java.util.Set<String> neighboursOf(String country) {
        return java.util.Set.of();
    }

    /** The capital of a country given by its ISO code (GeoNames feature code PPLC), when the gazetteer knows it. */
    default Optional<GazetteerEntry> capitalOf(String country) {
        return Optional.empty();
    }
}
