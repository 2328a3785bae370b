package org.sitrep.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.sitrep.model.SitrepException;

/** Writes the gazetteer index: one document per place with its folded keys, one per demonym. */
final class LuceneIndexBuilder {
    /** Bump when the document layout or the folding changes: the index folder name includes it. */
    static final int FORMAT_VERSION = 15; // 15: named regions (named-regions.tsv), and the index tables hashed into the folder name; 14: dotted three-letter country abbreviations (C.A.R.); 13: capitals (PPLC) indexed by country; 12: country points averaged with their landmass centroid; 7: continents at GeoNames points; 8: the EU as Europe; 9: England etc. as regions; 10: U.S. Virgin Islands; 11: region points checked against their cities, South/Southern

    static final String KEY = "key";
    static final String KEYS = "keys";
    /** Everything a candidate needs, in one doc value: read without decompressing stored fields. */
    static final String META = "meta";
    /** Marks a case-sensitive code name ("=US", "=UK"): matched only when the text is that code in capitals. */
    static final String CODE_PREFIX = "=";
    static final String DEMONYM = "demonym";
    /** A country's capital (GeoNames feature code PPLC), indexed by the country's ISO code: "Cameroon's capital". */
    static final String CAPITAL_OF = "capital_of";
    static final char SEP = '\u001f';

    private final NameFolder folder;

    LuceneIndexBuilder(NameFolder folder) {
        this.folder = folder;
    }

    /** The index folder for this data, built first when missing. */
    Path ensure(Path dataDir) {
        Path target = dataDir.resolve("index").resolve(DataFiles.in(dataDir).hash(FORMAT_VERSION));
        if (Files.isDirectory(target)) return target;
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempDirectory(target.getParent(), ".build-");
            build(dataDir, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.isDirectory(target)) throw raced;
                deleteTree(tmp); // another process built it first
            }
            return target;
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot build the gazetteer index in " + target + ": " + e.getMessage(), e);
        }
    }

    void build(Path dataDir, Path indexDir) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setRAMBufferSizeMB(128);
        try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
            Map<String, String> demonyms = new GazetteerLoader(folder).load(dataDir, record -> {
                try {
                    writer.addDocument(document(record));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (Map.Entry<String, String> d : demonyms.entrySet()) {
                Document doc = new Document();
                doc.add(new StringField(DEMONYM, "1", Field.Store.NO));
                doc.add(new StoredField("word", d.getKey()));
                doc.add(new StoredField("country", d.getValue()));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Document document(GazetteerRecord record) {
        GazetteerEntry e = record.entry();
        Set<String> keys = new LinkedHashSet<>();
        Document doc = new Document();
        for (String name : record.names()) {
            if (name.startsWith(CODE_PREFIX)) {
                doc.add(new StringField(KEY, name, Field.Store.NO));
                continue;
            }
            String key = folder.fold(name);
            if (key.isEmpty()) continue;
            keys.add(key);
        }
        for (String key : keys) doc.add(new StringField(KEY, key, Field.Store.NO));
        doc.add(new StoredField(KEYS, String.join(String.valueOf(SEP), keys)));
        String meta = String.join(String.valueOf(SEP), e.name(), nz(e.asciiName()), nz(e.country()), nz(e.admin1Code()),
                nz(e.admin1Name()), nz(e.admin2Name()), nz(e.featureClass()), nz(e.featureCode()), Long.toString(e.geonameId()),
                Double.toString(e.lat()), Double.toString(e.lon()), Long.toString(e.population()),
                folder.plain(e.name()), folder.plain(nz(e.asciiName())), folder.fold(e.name()), folder.fold(nz(e.asciiName())));
        doc.add(new BinaryDocValuesField(META, new BytesRef(meta)));
        doc.add(new NumericDocValuesField("population", e.population()));
        if ("PPLC".equals(e.featureCode()) && e.country() != null) doc.add(new StringField(CAPITAL_OF, e.country(), Field.Store.NO));
        return doc;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
