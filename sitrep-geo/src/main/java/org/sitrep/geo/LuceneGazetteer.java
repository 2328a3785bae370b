package org.sitrep.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.sitrep.model.SitrepException;

/**
 * The GeoNames gazetteer over a Lucene index in {@code <data>/index/<data-hash>/}, built on first
 * use. Exact folded-key hits, largest population first; fuzzy hits (edit distance on folded keys)
 * only when nothing matches exactly.
 */
public final class LuceneGazetteer implements Gazetteer, AutoCloseable {
    private static final int FUZZY_EXPANSIONS = 64;
    private static final Sort BY_POPULATION = new Sort(new SortField("population", SortField.Type.LONG, true));
    private static final Pattern SEP = Pattern.compile(String.valueOf(LuceneIndexBuilder.SEP));

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final NameMatcher matcher;
    private final Path indexDir;
    private final Map<String, String> demonyms;

    private final Neighbours neighbours;

    private LuceneGazetteer(Path indexDir, NameFolder folder, Neighbours neighbours) throws IOException {
        this.indexDir = indexDir;
        this.neighbours = neighbours;
        this.directory = new MMapDirectory(indexDir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.matcher = new NameMatcher(folder);
        this.demonyms = readDemonyms();
    }

    /** Opens the index for the data in {@code dataDir}, building it first when missing or stale. */
    public static LuceneGazetteer open(Path dataDir) {
        NameFolder folder = NameFolder.standard();
        Path indexDir = new LuceneIndexBuilder(folder).ensure(dataDir);
        try {
            return new LuceneGazetteer(indexDir, folder, Neighbours.read(DataFiles.in(dataDir).countries()));
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot open the gazetteer index " + indexDir + ": " + e.getMessage(), e);
        }
    }

    public Path indexDir() {
        return indexDir;
    }

    @Override
    public List<GazetteerEntry> lookup(String name, int max) {
        NameMatcher.Query query = matcher.query(name);
        if (query.key().isEmpty() || max <= 0) return List.of();
        try {
            List<GazetteerEntry> found = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            if (name.length() == 2 && name.chars().allMatch(Character::isUpperCase)) {
                collect(new TermQuery(new Term(LuceneIndexBuilder.KEY, LuceneIndexBuilder.CODE_PREFIX + name)), Kind.CODE, query, found, seen, max);
            }
            collect(new TermQuery(new Term(LuceneIndexBuilder.KEY, query.key())), Kind.EXACT, query, found, seen, max);
            int edits = NameMatcher.allowedEdits(query.key().length());
            // Fuzzy matches only when nothing matches exactly: an exact match always beats them.
            if (found.isEmpty() && edits > 0) {
                collect(new FuzzyQuery(new Term(LuceneIndexBuilder.KEY, query.key()), edits, 1, FUZZY_EXPANSIONS, true), Kind.FUZZY,
                        query, found, seen, max);
            }
            found.sort(InMemoryGazetteer.Candidates.BY_MATCH_THEN_SIZE);
            return List.copyOf(found.subList(0, Math.min(max, found.size())));
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.DATA, "gazetteer lookup failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean knows(String name) {
        NameMatcher.Query query = matcher.query(name);
        if (query.key().isEmpty()) return false;
        try {
            return reader.docFreq(new Term(LuceneIndexBuilder.KEY, query.key())) > 0;
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.DATA, "gazetteer lookup failed: " + e.getMessage(), e);
        }
    }

    @Override
    public java.util.Set<String> neighboursOf(String country) {
        return neighbours.of(country);
    }

    @Override
    public Optional<String> countryOfDemonym(String word) {
        return Optional.ofNullable(demonyms.get(word.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<GazetteerEntry> capitalOf(String country) {
        if (country == null || country.isBlank()) return Optional.empty();
        try {
            List<GazetteerEntry> found = new ArrayList<>();
            // the most populous when GeoNames marks two (a seat of government and a constitutional capital)
            collect(new TermQuery(new Term(LuceneIndexBuilder.CAPITAL_OF, country)), Kind.CODE, matcher.query(country), found, new HashSet<>(), 3);
            return found.stream().max(java.util.Comparator.comparingLong(GazetteerEntry::population));
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.DATA, "gazetteer lookup failed: " + e.getMessage(), e);
        }
    }

    private enum Kind { CODE, EXACT, FUZZY }

    private void collect(Query q, Kind kind, NameMatcher.Query query, List<GazetteerEntry> found, Set<Integer> seen, int max)
            throws IOException {
        int[] docs = Arrays.stream(searcher.search(q, max, BY_POPULATION).scoreDocs).mapToInt(sd -> sd.doc)
                .filter(seen::add).sorted().toArray();
        BinaryDocValues meta = MultiDocValues.getBinaryValues(reader, LuceneIndexBuilder.META);
        for (int doc : docs) {
            if (meta == null || !meta.advanceExact(doc)) continue;
            String[] f = SEP.split(meta.binaryValue().utf8ToString(), -1);
            NameMatcher.Match m = switch (kind) {
                case CODE -> new NameMatcher.Match(NameMatcher.PLAIN, true);
                case EXACT -> exactMatch(query, f);
                case FUZZY -> fuzzyMatch(query, searcher.storedFields().document(doc));
            };
            if (m.score() > 0) found.add(entry(f, m));
        }
    }

    /** The key matched; how well is told by the primary names (fields 12-15: plain and folded). */
    private static NameMatcher.Match exactMatch(NameMatcher.Query query, String[] f) {
        if (query.plain().equals(f[12]) || query.plain().equals(f[13])) return new NameMatcher.Match(NameMatcher.PLAIN, true);
        if (query.key().equals(f[14]) || query.key().equals(f[15])) return new NameMatcher.Match(NameMatcher.FOLDED, true);
        return new NameMatcher.Match(NameMatcher.ALTERNATE, true);
    }

    private NameMatcher.Match fuzzyMatch(NameMatcher.Query query, Document d) {
        NameMatcher.Match best = NameMatcher.Match.NONE;
        for (String key : SEP.split(d.get(LuceneIndexBuilder.KEYS))) {
            NameMatcher.Match m = matcher.matchKey(query, key);
            if (m.score() > best.score()) best = m;
        }
        return best;
    }

    private static GazetteerEntry entry(String[] f, NameMatcher.Match m) {
        return new GazetteerEntry(Long.parseLong(f[8]), f[0], blank(f[1]), blank(f[2]), blank(f[3]), blank(f[4]), blank(f[5]),
                Double.parseDouble(f[9]), Double.parseDouble(f[10]), Long.parseLong(f[11]), blank(f[6]), blank(f[7]),
                m.score(), m.exact());
    }

    private Map<String, String> readDemonyms() throws IOException {
        Map<String, String> map = new HashMap<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(new TermQuery(new Term(LuceneIndexBuilder.DEMONYM, "1")), 100_000).scoreDocs) {
            Document d = stored.document(sd.doc);
            map.put(d.get("word"), d.get("country"));
        }
        return Map.copyOf(map);
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot close the gazetteer index: " + e.getMessage(), e);
        }
    }
}
