package org.sitrep.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.SitrepException;

/** ISO 3166-1 countries from countries.tsv: alpha-2 (sitrep's country code), numeric (ACLED's iso) and name. */
public final class Countries {
    public record Country(String alpha2, int numeric, String name) {}

    private final Map<String, Country> byAlpha2 = new HashMap<>();
    private final Map<Integer, Country> byNumeric = new HashMap<>();
    private final Map<String, Country> byName = new HashMap<>();

    public Countries() {
        try (InputStream in = Countries.class.getResourceAsStream("countries.tsv")) {
            if (in == null) throw new SitrepException(SitrepException.Category.INTERNAL, "countries.tsv is missing from the classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                Country c = new Country(f[0], Integer.parseInt(f[1]), f[2]);
                byAlpha2.put(c.alpha2(), c);
                byNumeric.put(c.numeric(), c);
                byName.put(c.name().toLowerCase(Locale.ROOT), c);
            }
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "cannot read countries.tsv: " + e.getMessage(), e);
        }
    }

    public Optional<Country> byAlpha2(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byAlpha2.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public Optional<Country> byNumeric(int code) {
        return Optional.ofNullable(byNumeric.get(code));
    }

    public Optional<Country> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }
}
