package org.sitrep.geo;

/** Gazetteer entries for tests: invented names, real-looking coordinates. */
final class Places {
    private Places() {}

    static GazetteerEntry town(long id, String name, String country, double lat, double lon, long population) {
        return new GazetteerEntry(id, name, name, country, "01", "First Region", null, lat, lon, population, "P", "PPL", 0, false);
    }

    static GazetteerEntry capital(long id, String name, String country, double lat, double lon, long population) {
        return new GazetteerEntry(id, name, name, country, "01", "First Region", null, lat, lon, population, "P", "PPLC", 0, false);
    }

    static GazetteerEntry region(String name, String country, String code, double lat, double lon, long population) {
        return new GazetteerEntry(0, name, name, country, code, name, null, lat, lon, population, "A", "ADM1", 0, false);
    }

    static GazetteerEntry country(String name, String code, double lat, double lon, long population) {
        return new GazetteerEntry(0, name, name, code, null, null, null, lat, lon, population, "A", "PCLI", 0, false);
    }

    static Candidate candidate(GazetteerEntry e, double match, boolean exact) {
        return new Candidate(e.withMatch(match, exact));
    }

    static Mention mention(String text) {
        return new Mention(new org.sitrep.model.Span(0, text.length()), text, 0, Mention.Cue.PLACE, false, true, false, false);
    }
}
