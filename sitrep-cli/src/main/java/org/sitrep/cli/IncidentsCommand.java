package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sitrep.incident.Incident;
import org.sitrep.model.EventType;
import org.sitrep.model.SitrepException;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** sitrep incidents: the stored incidents, one line each (merged across reports). */
@Command(name = "incidents", mixinStandardHelpOptions = true, description = "Lists stored incidents with their sources and merged reports.")
final class IncidentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", description = "JDBC URL (default: jdbc:duckdb:sitrep.duckdb).")
    String db;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD")
    LocalDate until;

    @Option(names = "--country", paramLabel = "ISO2")
    String country;

    @Option(names = "--type", description = "ACLED event type, e.g. \"Battles\".")
    String type;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EventQuery q = EventQuery.all().between(since, until).inCountry(country).ofType(EventType.fromLabel(type));
        try (EventStore store = Stores.open(db)) {
            out.println("incident\trev\tdate\tsub_event_type\tplace\tactor1\tfatalities\tstatus\tgrade\treports\tstory");
            for (Incident i : store.incidents(q)) {
                out.printf("%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s%n", i.id(), i.revision(),
                        i.date() != null && i.date().known() ? i.date().earliest() + ".." + i.date().latest() : "",
                        i.subType() == null ? "" : i.subType().label(), i.location() == null ? "" : i.location().name(),
                        i.actor1() == null ? "" : i.actor1().name(), i.casualties().best() == null ? "" : i.casualties().best(),
                        i.status(), i.grade(), i.reportIds().size(), story(store, i));
            }
        } catch (SitrepException e) {
            throw e;
        } catch (Exception e) {
            throw new SitrepException(SitrepException.Category.DATA, "cannot list incidents: " + e.getMessage(), e);
        }
        out.flush();
        return 0;
    }

    /** The story of the incident's first report (its other reports may have joined other stories). */
    private static String story(EventStore store, Incident i) {
        return i.reportIds().isEmpty() ? "" : store.story(i.reportIds().get(0)).map(s -> s.id()).orElse("");
    }
}
