package org.sitrep.geo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Reads every source in a data folder into gazetteer records: places, then regions and countries, then the named regions made of them. */
final class GazetteerLoader {
    private final NameFolder folder;

    GazetteerLoader(NameFolder folder) {
        this.folder = folder;
    }

    /** Streams records to {@code sink}; returns the demonyms (lowercase word → country code). */
    Map<String, String> load(Path dataDir, Consumer<GazetteerRecord> sink) {
        DataFiles files = DataFiles.in(dataDir);
        NamedRegions named = NamedRegions.read();
        Consumer<GazetteerRecord> out = named.watching(sink);
        CitiesReader cities = new CitiesReader();
        Map<String, String> admin1 = cities.adminNames(files.admin1());
        Map<String, String> admin2 = cities.adminNames(files.admin2());
        RegionsReader.Totals totals = new RegionsReader.Totals();
        cities.read(files.cities500(), admin1, admin2, record -> {
            totals.add(record.entry());
            out.accept(record);
        });
        RegionsReader regions = new RegionsReader(folder, WordList.read("admin-terms.txt"));
        regions.regions(admin1, files.states(), totals, out);
        regions.secondLevel(admin2, admin1, totals, out);
        Map<String, String> demonyms = new HashMap<>();
        regions.countries(files.countries(), Landmasses.read(files.landmasses()), totals, out, demonyms);
        named.emit(sink, folder);
        return demonyms;
    }
}
