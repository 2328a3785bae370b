package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.incident.ControlPeriod;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** sitrep control PLACE: who held the place from when, from capture and retake events, with disputed periods. */
@Command(name = "control", mixinStandardHelpOptions = true, description = "Shows who held a place when (from capture and retake events), with disputed periods.")
final class ControlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLACE", description = "Place name (any case) or GeoNames id.")
    String place;

    @Option(names = "--db", description = "JDBC URL (default: jdbc:duckdb:sitrep.duckdb).")
    String db;

    @Option(names = "--format", defaultValue = "table", description = "table or json.")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<ControlPeriod> periods;
        try (EventStore store = Stores.open(db)) {
            periods = store.control(place);
        }
        if (format == OutputFormat.json) {
            ObjectMapper mapper = Json.mapper();
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(periods));
        } else {
            if (periods.isEmpty()) spec.commandLine().getErr().println("sitrep: no capture or retake events stored for " + place);
            out.println("place\tfrom\tuntil\tholder\tdisputed\tclaimants\tevents");
            for (ControlPeriod p : periods) {
                out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s%n", p.place(), p.from(), p.until() == null ? "(still)" : p.until(), p.holder() == null ? "(unsettled)" : p.holder(),
                        p.disputed() ? "disputed" : "", String.join("; ", p.claimants()), String.join(" ", p.eventIds()));
            }
        }
        out.flush();
        return 0;
    }
}
