package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;
import org.flywaydb.core.Flyway;
import org.sitrep.incident.IncidentBuilder;
import org.sitrep.incident.IncidentMatcher;
import org.sitrep.incident.IncidentSummarizer;
import org.sitrep.incident.MatchOptions;
import org.sitrep.model.SitrepException;

/**
 * Opens an {@link EventStore} from a JDBC URL and brings its schema up to date. DuckDB
 * ({@code jdbc:duckdb:/path/file.duckdb}, the default {@code sitrep.duckdb} in the working folder) or
 * PostgreSQL ({@code jdbc:postgresql://host:port/db}, optionally {@code ?currentSchema=name}; without a
 * {@code user=} parameter the current OS user is tried, then {@code postgres}, as trust auth allows).
 */
public final class Stores {
    public static final String DEFAULT_URL = "jdbc:duckdb:sitrep.duckdb";
    /** Flyway logs every step at INFO through java.util.logging; opening a store should print nothing. Held so JUL keeps the level. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final Pattern SCHEMA = Pattern.compile("[?&]currentSchema=([A-Za-z_][A-Za-z0-9_]*)");

    private Stores() {}

    public static EventStore open(String url) {
        return open(url, Clock.systemUTC());
    }

    /** As {@link #open(String)}, with the clock that stamps revisions and the change feed. */
    public static EventStore open(String url, Clock clock) {
        String target = url == null || url.isBlank() ? "jdbc:duckdb:" + Path.of("sitrep.duckdb").toAbsolutePath() : url.strip();
        IncidentBuilder builder = new IncidentBuilder(new IncidentMatcher(MatchOptions.defaults()), new IncidentSummarizer());
        try {
            if (target.startsWith("jdbc:duckdb:")) {
                DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection(target);
                new DuckDbMigrations().migrate(connection);
                return new JdbcEventStore(new DuckDbConnections(connection), builder, new IncidentSummarizer(), clock);
            }
            if (target.startsWith("jdbc:postgresql:")) {
                String user;
                try (Connection connection = postgres(target)) {
                    user = connection.getMetaData().getUserName();
                }
                migratePostgres(target, user);
                return new JdbcEventStore(new PostgresConnections(target, user), builder, new IncidentSummarizer(), clock);
            }
        } catch (SQLException e) {
            throw new SitrepException(SitrepException.Category.CONFIGURATION, "cannot open the store at " + target + ": " + e.getMessage(), e);
        }
        throw new SitrepException(SitrepException.Category.CONFIGURATION,
                "unsupported store URL " + target + ": use jdbc:duckdb:/path/file.duckdb or jdbc:postgresql://host:port/database");
    }

    private static Connection postgres(String url) throws SQLException {
        if (url.contains("user=")) return DriverManager.getConnection(url);
        Set<String> users = new LinkedHashSet<>();
        String os = System.getProperty("user.name");
        if (os != null && !os.isBlank()) users.add(os);
        users.add("postgres");
        List<String> failures = new ArrayList<>();
        for (String user : users) {
            Properties props = new Properties();
            props.setProperty("user", user);
            try {
                return DriverManager.getConnection(url, props);
            } catch (SQLException e) {
                failures.add(user + ": " + e.getMessage());
            }
        }
        throw new SQLException("no user could connect (" + String.join("; ", failures) + "); add user=NAME&password=... to the URL");
    }

    /** Flyway takes the same migrations as DuckDB; a currentSchema in the URL is created and migrated. */
    private static void migratePostgres(String url, String user) {
        FLYWAY_LOG.setLevel(Level.WARNING);
        var config = Flyway.configure().dataSource(url, user, null).locations("classpath:db/migration");
        Matcher m = SCHEMA.matcher(url);
        if (m.find()) config = config.schemas(m.group(1)).defaultSchema(m.group(1)).createSchemas(true);
        config.load().migrate();
    }
}
