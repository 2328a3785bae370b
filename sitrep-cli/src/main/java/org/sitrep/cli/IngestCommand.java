package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Report;
import org.sitrep.model.SitrepException;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreResult;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** sitrep ingest: reads, extracts and stores reports; merges their events into incidents. Idempotent. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extracts events from reports and stores them (default: embedded DuckDB file sitrep.duckdb).")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReportInputs source;

    @Option(names = "--db", description = "JDBC URL: jdbc:duckdb:FILE (default sitrep.duckdb) or jdbc:postgresql://HOST:PORT/DB.")
    String db;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs in = new Inputs();
        List<Report> reports = in.read(source.inputs, source.published, err);
        Tally tally = new Tally();
        tally.failed = in.failures();
        PipelineOptions options = source.pipelineOptions().withStories(true);
        try (EventStore store = Stores.open(db); Pipeline pipeline = new Pipeline(options); Progress progress = new Progress("ingest", reports.size())) {
            // Each report is stored (one transaction) as soon as it is coded: a crash keeps what was stored, and a rerun skips it.
            pipeline.processEach(reports, m -> err.println("sitrep: " + m), progress::step, r -> {
                if (r == null) {
                    tally.failed++;
                    return;
                }
                try {
                    StoreResult s = store.store(r.annotated().report(), r.events(), r.story(), r.leftOut());
                    if (s.alreadyStored()) tally.skipped++;
                    else tally.stored++;
                    tally.events += s.events();
                    tally.created += s.createdIncidents().size();
                    tally.revised += s.revisedIncidents().size();
                } catch (SitrepException e) {
                    tally.failed++;
                    err.println("sitrep: " + r.annotated().report().origin() + ": not stored: " + e.getMessage());
                }
            });
            progress.close();
            out.printf("reports stored: %d, already stored (unchanged): %d, failed: %d; events: %d; incidents created: %d, revised: %d%n",
                    tally.stored, tally.skipped, tally.failed, tally.events, tally.created, tally.revised);
            out.println("store: " + store.stats());
        } catch (Exception e) {
            if (e instanceof SitrepException se) throw se;
            throw new SitrepException(SitrepException.Category.DATA, "ingest failed: " + e.getMessage(), e);
        }
        out.flush();
        return tally.failed == 0 ? 0 : 1;
    }

    /** Counts of one ingest run. */
    private static final class Tally {
        int stored;
        int skipped;
        int failed;
        int events;
        int created;
        int revised;
    }
}
