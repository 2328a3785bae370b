package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.SitrepException;

/**
 * Which countries share a land border, by ISO 3166-1 alpha-2 code, from the {@code borders} lists of the npm package
 * world-countries (the same file the gazetteer takes its countries from; ODbL). A story that points to Israel is often
 * about Gaza, one about Rwanda about the Kivus: a town across the border is no accidental namesake.
 */
final class Neighbours {
    private final Map<String, Set<String>> borders;

    private Neighbours(Map<String, Set<String>> borders) {
        this.borders = borders;
    }

    static Neighbours read(Path countriesJson) {
        try {
            JsonNode all = new ObjectMapper().readTree(countriesJson.toFile());
            Map<String, String> byAlpha3 = new HashMap<>();
            for (JsonNode c : all) byAlpha3.put(c.path("cca3").asText(), c.path("cca2").asText());
            Map<String, Set<String>> borders = new HashMap<>();
            for (JsonNode c : all) {
                Set<String> next = new TreeSet<>();
                for (JsonNode b : c.path("borders")) {
                    String two = byAlpha3.get(b.asText());
                    if (two != null && !two.isEmpty()) next.add(two);
                }
                if (!next.isEmpty()) borders.put(c.path("cca2").asText(), Set.copyOf(next));
            }
            return new Neighbours(Map.copyOf(borders));
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot read the country borders in " + countriesJson + ": " + e.getMessage(), e);
        }
    }

    Set<String> of(String country) {
        return country == null ? Set.of() : borders.getOrDefault(country, Set.of());
    }
}
