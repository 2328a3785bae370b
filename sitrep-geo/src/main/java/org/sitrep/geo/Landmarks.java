package org.sitrep.geo;

import java.util.HashMap;
import java.util.Map;

/**
 * Buildings, squares and seats of government that world news names as places ("from the White House residence",
 * "protesters in Tahrir Square"): the gazetteer of towns has no entry for them, and a town of the same name elsewhere
 * ("White House", Tennessee) is far from where the act was. Each stands for the town it is in (landmarks.tsv).
 */
final class Landmarks {
    /** The town a landmark is in, by its name and GeoNames id (the id picks the one town among namesakes). */
    record Town(String name, long geonameId) {}

    private static final Map<String, Town> TOWNS = read();

    private Landmarks() {}

    /** The town of the landmark the mention names ("the White House", "Tahrir Square"), or null. */
    static Town townOf(String mention) {
        return TOWNS.get(key(mention));
    }

    private static String key(String name) {
        return WordList.bare(name.replace('’', '\''));
    }

    private static Map<String, Town> read() {
        Map<String, Town> out = new HashMap<>();
        for (String line : WordList.readLines("landmarks.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 3) throw new IllegalStateException("landmarks.tsv: three fields expected in: " + line);
            out.put(key(f[0]), new Town(f[1].strip(), Long.parseLong(f[2].strip())));
        }
        return Map.copyOf(out);
    }
}
