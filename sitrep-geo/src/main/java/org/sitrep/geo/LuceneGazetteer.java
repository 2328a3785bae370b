package org.sitrep.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
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
 * use. Exact folded-key hits first; fuzzy hits (edit distance on folded keys) fill up to {@code max}.
 */
public final class LuceneGazetteer implements Gazetteer, AutoCloseable {
    // Hits are read largest population first, so a common name's few relevant places come back.
    private static final Sort BY_POPULATION = new Sort(new SortField("population", SortField.Type.LONG, true));
    private static final int FUZZY_EXPANSIONS = 64;

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final NameMatcher matcher;
    private final Path indexDir;

    private LuceneGazetteer(Path indexDir, NameFolder folder) throws IOException {
        this.indexDir = indexDir;
        this.directory = new MMapDirectory(indexDir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.matcher = new NameMatcher(folder);
    }

    /** Opens the index for the data in {@code dataDir}, building it first when missing or stale. */
    public static LuceneGazetteer open(Path dataDir) {
        NameFolder folder = NameFolder.standard();
        Path indexDir = new LuceneIndexBuilder(folder).ensure(dataDir);
        try {
            return new LuceneGazetteer(indexDir, folder);
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
                collect(new TermQuery(new Term(LuceneIndexBuilder.KEY, LuceneIndexBuilder.CODE_PREFIX + name)), query, found, seen, max);
            }
            collect(new TermQuery(new Term(LuceneIndexBuilder.KEY, query.key())), query, found, seen, max);
            int edits = NameMatcher.allowedEdits(query.key().length());
            // Fuzzy matches only when nothing matches exactly: an exact match always beats them.
            if (found.isEmpty() && edits > 0) {
                collect(new FuzzyQuery(new Term(LuceneIndexBuilder.KEY, query.key()), edits, 1, FUZZY_EXPANSIONS, true), query, found, seen, max);
            }
            found.sort(InMemoryGazetteer.Candidates.BY_MATCH_THEN_SIZE);
            return List.copyOf(found.subList(0, Math.min(max, found.size())));
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.DATA, "gazetteer lookup failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> countryOfDemonym(String word) {
        try {
            var hits = searcher.search(new TermQuery(new Term(LuceneIndexBuilder.DEMONYM, word.toLowerCase(Locale.ROOT))), 1);
            if (hits.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(searcher.storedFields().document(hits.scoreDocs[0].doc).get("country"));
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

    private void collect(Query q, NameMatcher.Query query, List<GazetteerEntry> found, Set<Integer> seen, int max) throws IOException {
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(q, max, BY_POPULATION).scoreDocs) {
            if (!seen.add(sd.doc)) continue;
            Document d = stored.document(sd.doc);
            NameMatcher.Match m = q instanceof TermQuery t && t.getTerm().text().startsWith(LuceneIndexBuilder.CODE_PREFIX)
                    ? new NameMatcher.Match(NameMatcher.PLAIN, true) : score(query, d);
            if (m.score() > 0) found.add(entry(d, m));
        }
    }

    private NameMatcher.Match score(NameMatcher.Query query, Document d) {
        String sep = String.valueOf(LuceneIndexBuilder.SEP);
        if (Arrays.asList(d.get(LuceneIndexBuilder.PRIMARY).split(sep)).contains(query.plain())) {
            return new NameMatcher.Match(NameMatcher.PLAIN, true);
        }
        String plains = d.get(LuceneIndexBuilder.PLAINS);
        if (plains != null && Arrays.asList(plains.split(sep)).contains(query.plain())) {
            return new NameMatcher.Match(NameMatcher.ALTERNATE, true);
        }
        NameMatcher.Match best = NameMatcher.Match.NONE;
        for (String key : d.get(LuceneIndexBuilder.KEYS).split(String.valueOf(LuceneIndexBuilder.SEP))) {
            NameMatcher.Match m = matcher.matchKey(query, key);
            if (m.score() > best.score()) best = m;
        }
        return best;
    }

    private static GazetteerEntry entry(Document d, NameMatcher.Match m) {
        return new GazetteerEntry(d.getField("id").numericValue().longValue(), d.get("name"), blank(d.get("ascii")),
                blank(d.get("country")), blank(d.get("admin1")), blank(d.get("admin1Name")), blank(d.get("admin2Name")),
                d.getField("lat").numericValue().doubleValue(), d.getField("lon").numericValue().doubleValue(),
                d.getField("population").numericValue().longValue(), blank(d.get("fclass")), blank(d.get("fcode")),
                m.score(), m.exact());
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
