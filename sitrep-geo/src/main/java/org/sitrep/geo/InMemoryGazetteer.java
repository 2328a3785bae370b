package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A gazetteer over a list held in memory, scanned on each lookup: for tests and small fixtures. */
public final class InMemoryGazetteer implements Gazetteer {
    private final List<GazetteerEntry> entries;
    private final Map<Long, List<String>> alternateNames;
    private final Map<String, String> demonyms;
    private final NameMatcher matcher = new NameMatcher(NameFolder.standard());

    public InMemoryGazetteer(List<GazetteerEntry> entries) {
        this(entries, Map.of(), Map.of());
    }

    /** With alternate names by GeoNames id and demonyms (lowercase word → ISO country code). */
    public InMemoryGazetteer(List<GazetteerEntry> entries, Map<Long, List<String>> alternateNames, Map<String, String> demonyms) {
        this.entries = List.copyOf(entries);
        this.alternateNames = Map.copyOf(alternateNames);
        this.demonyms = Map.copyOf(demonyms);
    }

    @Override
    public List<GazetteerEntry> lookup(String name, int max) {
        NameMatcher.Query query = matcher.query(name);
        List<GazetteerEntry> found = new ArrayList<>();
        for (GazetteerEntry e : entries) {
            List<String> primary = e.asciiName() == null ? List.of(e.name()) : List.of(e.name(), e.asciiName());
            NameMatcher.Match m = matcher.match(query, primary, alternateNames.getOrDefault(e.geonameId(), List.of()));
            if (m.score() > 0) found.add(e.withMatch(m.score(), m.exact()));
        }
        found.sort(Candidates.BY_MATCH_THEN_SIZE);
        return found.subList(0, Math.min(max, found.size()));
    }

    @Override
    public Optional<String> countryOfDemonym(String word) {
        return Optional.ofNullable(demonyms.get(word.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<GazetteerEntry> capitalOf(String country) {
        return entries.stream().filter(e -> "PPLC".equals(e.featureCode()) && e.country() != null && e.country().equals(country))
                .max(Comparator.comparingLong(GazetteerEntry::population));
    }

    /** Orderings shared by the gazetteers. */
    static final class Candidates {
        static final Comparator<GazetteerEntry> BY_MATCH_THEN_SIZE = Comparator
                .comparingDouble(GazetteerEntry::matchScore).reversed()
                .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed())
                .thenComparingLong(GazetteerEntry::geonameId);

        private Candidates() {}
    }
}
