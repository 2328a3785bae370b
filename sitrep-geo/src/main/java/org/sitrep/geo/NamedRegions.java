package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Regions news names as places that no packaged source holds as one entry ({@code named-regions.tsv}): "the Middle East",
 * "the Sahel", "Darfur", "Donbas", "Eastern Ghouta". Each is defined by its members (countries, first-level regions, towns)
 * and becomes an L/RGN entry at the mean of their points, ranked by their summed population. Its country, and its
 * first-level region, are filled only where every member shares them: a region across borders names no one country, unless
 * the table files it under one (a region across a line of control).
 * The members' points are taken from the records the other readers emit, so this runs last.
 */
final class NamedRegions {
    /** One line of the table. */
    record Definition(String name, List<String> otherNames, List<String> members, String country) {}

    /** A member's point, country, first-level region code and name, and population, as its own record gave them. */
    private record Member(double lat, double lon, String country, String admin1Code, String admin1Name, long population) {}

    private static final System.Logger LOG = System.getLogger(NamedRegions.class.getName());
    private final List<Definition> definitions;
    private final Set<String> wanted = new HashSet<>();
    private final Map<String, Member> seen = new HashMap<>();

    NamedRegions(List<Definition> definitions) {
        this.definitions = List.copyOf(definitions);
        for (Definition d : definitions) wanted.addAll(d.members());
    }

    static NamedRegions read() {
        List<Definition> out = new ArrayList<>();
        for (String line : WordList.readLines("named-regions.tsv")) {
            String[] f = line.split("\t", -1);
            if (f.length != 3 && f.length != 4) throw new IllegalStateException("named-regions.tsv: three or four columns expected in: " + line);
            List<String> others = f[1].isBlank() ? List.of() : List.of(f[1].strip().split("\\|"));
            String country = f.length == 4 && !f[3].isBlank() ? f[3].strip() : null;
            out.add(new Definition(f[0].strip(), others, List.of(f[2].strip().split("\\s+")), country));
        }
        return new NamedRegions(out);
    }

    List<Definition> definitions() {
        return definitions;
    }

    /** Passes a record on, noting it when it is a member of some region: a country, a first-level region or a listed town. */
    Consumer<GazetteerRecord> watching(Consumer<GazetteerRecord> sink) {
        return record -> {
            note(record.entry());
            sink.accept(record);
        };
    }

    void note(GazetteerEntry e) {
        String key = e.isCountry() ? e.country()
                : "ADM1".equals(e.featureCode()) ? e.country() + "." + e.admin1Code()
                : "P".equals(e.featureClass()) ? "id:" + e.geonameId() : null;
        if (key == null || !wanted.contains(key)) return;
        String admin1 = e.isCountry() ? null : e.admin1Code();
        seen.putIfAbsent(key, new Member(e.lat(), e.lon(), e.country(), admin1, e.isCountry() ? null : e.admin1Name(), e.population()));
    }

    /** Emits one entry per region whose members were all seen; a region with a member missing from the data is left out. */
    void emit(Consumer<GazetteerRecord> sink, NameFolder folder) {
        for (Definition d : definitions) {
            List<Member> members = d.members().stream().map(seen::get).toList();
            if (members.contains(null)) { // a code the data no longer has: no point we can stand behind
                LOG.log(System.Logger.Level.WARNING, "named region {0} left out: a member is not in the gazetteer data ({1})", d.name(),
                        d.members().stream().filter(m -> !seen.containsKey(m)).toList());
                continue;
            }
            double lat = members.stream().mapToDouble(Member::lat).average().orElseThrow();
            double lon = members.stream().mapToDouble(Member::lon).average().orElseThrow();
            long population = members.stream().mapToLong(Member::population).sum();
            String country = d.country() != null ? d.country() : shared(members.stream().map(Member::country).toList());
            String admin1Code = country == null || d.country() != null ? null : shared(members.stream().map(Member::admin1Code).toList());
            String admin1Name = admin1Code == null ? null : members.get(0).admin1Name();
            List<String> names = new ArrayList<>(List.of(d.name()));
            names.addAll(d.otherNames());
            sink.accept(new GazetteerRecord(new GazetteerEntry(0, d.name(), folder.plain(d.name()), country, admin1Code, admin1Name, null,
                    lat, lon, population, "L", "RGN", 0, false), names));
        }
    }

    /** The one value every member has, or null when they differ or any has none. */
    private static String shared(List<String> values) {
        String first = values.get(0);
        return first != null && values.stream().allMatch(first::equals) ? first : null;
    }
}
