package org.sitrep.geo;

/**
 * One gazetteer candidate for a looked-up name. Countries and first-level regions are entries too
 * (feature class A, codes PCLI and ADM1). {@code matchScore} is the name similarity in [0, 1];
 * {@code exact} is true when the folded name equals a name or alternate name of the entry.
 */
public record GazetteerEntry(
        long geonameId,
        String name,
        String asciiName,
        String country,
        String admin1Code,
        String admin1Name,
        String admin2Name,
        double lat,
        double lon,
        long population,
        String featureClass,
        String featureCode,
        double matchScore,
        boolean exact) {

    public GazetteerEntry withMatch(double score, boolean isExact) {
        return new GazetteerEntry(geonameId, name, asciiName, country, admin1Code, admin1Name, admin2Name, lat, lon,
                population, featureClass, featureCode, score, isExact);
    }

    public boolean isCountry() {
        return "A".equals(featureClass) && featureCode != null && featureCode.startsWith("PCL");
    }

    public boolean isAdminRegion() {
        return "A".equals(featureClass) && featureCode != null && featureCode.startsWith("ADM");
    }

    /** This entry as a place at the given ACLED precision, not yet tied to a mention in a text. */
    public org.sitrep.model.Place asPlace(int precision) {
        return new org.sitrep.model.Place(name, geonameId, country, admin1Name, admin2Name, lat, lon, precision, featureClass, null, null, matchScore,
                java.util.List.of());
    }
}
