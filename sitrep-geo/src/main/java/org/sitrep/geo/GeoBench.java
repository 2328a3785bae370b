package org.sitrep.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.SitrepException;

/**
 * The geoparser's benchmark line for {@code sitrep bench}: index build time and size (a fresh build
 * into a temporary folder), lookups per second, and geoparse throughput on annotated reports (the NLP
 * stage excluded).
 */
public final class GeoBench {
    /** Figures of one run; {@code articlesPerSecond} is 0 when no reports were given. */
    public record Result(double indexBuildSeconds, long indexBytes, double lookupsPerSecond, double articlesPerSecond) {
        public String line() {
            return String.format("geo: index build %.1f s, %.1f MiB; %.0f lookups/s; geoparse %.0f articles/s",
                    indexBuildSeconds, indexBytes / 1048576.0, lookupsPerSecond, articlesPerSecond);
        }
    }

    private final Path dataDir;

    public GeoBench(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Looks up each name {@code rounds} times (no cache), and parses each report {@code rounds} times
     * after one untimed warm-up pass (so the parser's name cache is warm, as in a long-running service).
     */
    public Result run(List<String> names, List<AnnotatedReport> reports, int rounds) {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("sitrep-geo-bench");
            long t0 = System.nanoTime();
            new LuceneIndexBuilder(NameFolder.standard()).build(dataDir, tmp);
            double build = (System.nanoTime() - t0) / 1e9;
            long bytes = size(tmp);
            try (LuceneGazetteer g = LuceneGazetteer.open(dataDir)) {
                for (String n : names) g.lookup(n, 10); // warm-up: JIT and page cache, untimed
                long t1 = System.nanoTime();
                long lookups = 0;
                for (int r = 0; r < rounds; r++) {
                    for (String n : names) {
                        g.lookup(n, 10);
                        lookups++;
                    }
                }
                double lookupRate = lookups / Math.max(1e-9, (System.nanoTime() - t1) / 1e9);
                Geoparser parser = new Geoparser(g);
                for (AnnotatedReport report : reports) parser.parse(report); // warm-up, untimed
                long t2 = System.nanoTime();
                for (int r = 0; r < rounds; r++) for (AnnotatedReport report : reports) parser.parse(report);
                double seconds = (System.nanoTime() - t2) / 1e9;
                double articleRate = reports.isEmpty() ? 0 : reports.size() * (double) rounds / Math.max(1e-9, seconds);
                return new Result(build, bytes, lookupRate, articleRate);
            }
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.DATA, "geo benchmark failed: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    LuceneIndexBuilder.deleteTree(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary folder is harmless
                }
            }
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
