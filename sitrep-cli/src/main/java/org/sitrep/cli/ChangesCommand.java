package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.SitrepException;
import org.sitrep.store.Change;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * sitrep changes --since T: incidents created, revised or deleted after T, oldest first, so a user can
 * keep a copy in sync (as with ACLED's API): ask again with the last line's time.
 */
@Command(name = "changes", mixinStandardHelpOptions = true, description = "Lists incidents created, revised or deleted since a time (for syncing a copy).")
final class ChangesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--since", required = true, paramLabel = "TIMESTAMP", description = "ISO instant (2026-11-25T20:00:00Z) or day (2026-11-25, from 00:00 UTC).")
    String since;

    @Option(names = "--db", description = "JDBC URL (default: jdbc:duckdb:sitrep.duckdb).")
    String db;

    @Option(names = "--format", defaultValue = "table", description = "table or json.")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Change> changes;
        try (EventStore store = Stores.open(db)) {
            changes = store.changes(instant(since));
        }
        if (format == OutputFormat.json) {
            ObjectMapper mapper = Json.mapper();
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(changes));
        } else {
            out.println("seq\tat\tincident\tchange\trevision");
            for (Change c : changes) out.printf("%d\t%s\t%s\t%s\t%d%n", c.seq(), c.at(), c.incidentId(), c.kind().name().toLowerCase(java.util.Locale.ROOT), c.revision());
        }
        out.flush();
        return 0;
    }

    static Instant instant(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new SitrepException(SitrepException.Category.INPUT, "--since " + text + " is neither an ISO instant (2026-11-25T20:00:00Z) nor a day (2026-11-25)");
        }
    }
}
