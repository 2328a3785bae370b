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
import org.apache.lucene.document.Field;
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
    static final int FORMAT_VERSION = 5;

    static final String KEY = "key";
    static final String KEYS = "keys";
    static final String PLAINS = "plains";
    static final String PRIMARY = "primary";
    /** Marks a case-sensitive code name ("=US", "=UK"): matched only when the text is that code in capitals. */
    static final String CODE_PREFIX = "=";
    static final String DEMONYM = "demonym";
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
                doc.add(new StringField(DEMONYM, d.getKey(), Field.Store.NO));
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
        Set<String> plains = new LinkedHashSet<>();
        Document doc = new Document();
        for (String name : record.names()) {
            if (name.startsWith(CODE_PREFIX)) {
                doc.add(new StringField(KEY, name, Field.Store.NO));
                continue;
            }
            String key = folder.fold(name);
            if (key.isEmpty()) continue;
            keys.add(key);
            plains.add(folder.plain(name));
        }
        for (String key : keys) doc.add(new StringField(KEY, key, Field.Store.NO));
        doc.add(new StoredField(KEYS, String.join(String.valueOf(SEP), keys)));
        doc.add(new StoredField(PLAINS, String.join(String.valueOf(SEP), plains)));
        doc.add(new StoredField(PRIMARY, folder.plain(e.name()) + SEP + folder.plain(e.asciiName() == null ? "" : e.asciiName())));
        doc.add(new StoredField("id", e.geonameId()));
        doc.add(new StoredField("name", e.name()));
        doc.add(new StoredField("ascii", nz(e.asciiName())));
        doc.add(new StoredField("country", nz(e.country())));
        doc.add(new StoredField("admin1", nz(e.admin1Code())));
        doc.add(new StoredField("admin1Name", nz(e.admin1Name())));
        doc.add(new StoredField("admin2Name", nz(e.admin2Name())));
        doc.add(new StoredField("lat", e.lat()));
        doc.add(new StoredField("lon", e.lon()));
        doc.add(new StoredField("population", e.population()));
        doc.add(new NumericDocValuesField("population", e.population()));
        doc.add(new StoredField("fclass", nz(e.featureClass())));
        doc.add(new StoredField("fcode", nz(e.featureCode())));
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
