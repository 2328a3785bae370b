package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.model.SitrepException;

/**
 * Applies the versioned migrations (db/migration/V{n}__{name}.sql, the files Flyway applies on
 * PostgreSQL) to a DuckDB database. Flyway's open-source edition has no DuckDB support (flyway-core
 * 13 knows no DuckDB database type and no flyway-database-duckdb module exists), so this small runner
 * keeps Flyway's contract: a schema_version table, each pending version applied in order in one
 * transaction together with its schema_version row.
 */
final class DuckDbMigrations {
    private static final String FOLDER = "db/migration";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    void migrate(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_micros BIGINT NOT NULL)");
        }
        int current = 0;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            if (rs.next()) current = rs.getInt(1);
        }
        for (String file : migrationFiles()) {
            Matcher m = NAME.matcher(file);
            if (!m.matches()) continue;
            int version = Integer.parseInt(m.group(1));
            if (version <= current) continue;
            apply(connection, version, m.group(2), read(FOLDER + "/" + file));
        }
    }

    private static void apply(Connection connection, int version, String description, String sql) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String statement : statements(sql)) {
                if (secondaryIndex(statement)) continue;
                s.execute(statement);
            }
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO schema_version (version, description, applied_micros) VALUES (?, ?, ?)")) {
                p.setInt(1, version);
                p.setString(2, description);
                p.setLong(3, Micros.now());
                p.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SitrepException(SitrepException.Category.DATA, "migration V" + version + " failed and was rolled back: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    /**
     * Plain secondary indexes are PostgreSQL's: on DuckDB an ART index serves only point lookups (its
     * zone maps already prune the date, country and type ranges) and is rewritten at every checkpoint,
     * which made bulk loading slow down as the store grew (measured with sitrep bench --store: 1,500
     * events/s falling with size, against 7,000 flat without them). Keys and UNIQUE constraints stay.
     */
    static boolean secondaryIndex(String statement) {
        return statement.regionMatches(true, 0, "CREATE INDEX", 0, "CREATE INDEX".length());
    }

    /** Splits on semicolons that end a line; the migrations keep no semicolons inside strings. */
    static List<String> statements(String sql) {
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) {
            String l = line.strip();
            if (l.startsWith("--") || l.isEmpty()) continue;
            clean.append(line).append('\n');
        }
        List<String> out = new ArrayList<>();
        for (String part : clean.toString().split(";\\s*\n|;\\s*$")) {
            if (!part.isBlank()) out.add(part.strip());
        }
        return out;
    }

    private static List<String> migrationFiles() {
        URL url = DuckDbMigrations.class.getClassLoader().getResource(FOLDER);
        if (url == null) throw new SitrepException(SitrepException.Category.INTERNAL, "no " + FOLDER + " on the classpath");
        List<String> names = new ArrayList<>();
        try {
            if (url.getProtocol().equals("jar")) {
                String path = url.getPath();
                String jar = path.substring("file:".length(), path.indexOf("!"));
                try (JarFile file = new JarFile(java.net.URLDecoder.decode(jar, StandardCharsets.UTF_8))) {
                    file.stream().map(e -> e.getName()).filter(n -> n.startsWith(FOLDER + "/") && n.endsWith(".sql"))
                            .forEach(n -> names.add(n.substring(FOLDER.length() + 1)));
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(p -> p.getFileName().toString()).forEach(names::add);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "cannot list migrations in " + url + ": " + e.getMessage(), e);
        }
        names.sort(Comparator.comparingInt(DuckDbMigrations::version));
        return names;
    }

    private static int version(String file) {
        Matcher m = NAME.matcher(file);
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    private static String read(String resource) {
        try (InputStream in = DuckDbMigrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new SitrepException(SitrepException.Category.INTERNAL, "missing migration " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "cannot read migration " + resource, e);
        }
    }
}
