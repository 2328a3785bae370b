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
        int failed = in.failures();
        int stored = 0;
        int skipped = 0;
        int events = 0;
        int created = 0;
        int revised = 0;
        PipelineOptions options = source.pipelineOptions();
        try (EventStore store = Stores.open(db); Pipeline pipeline = new Pipeline(options); Progress progress = new Progress("ingest", reports.size())) {
            List<ReportResult> results = pipeline.processAll(reports, m -> err.println("sitrep: " + m), progress::step);
            for (ReportResult r : results) {
                if (r == null) {
                    failed++;
                    continue;
                }
                try {
                    StoreResult s = store.store(r.annotated().report(), r.events());
                    if (s.alreadyStored()) skipped++;
                    else stored++;
                    events += s.events();
                    created += s.createdIncidents().size();
                    revised += s.revisedIncidents().size();
                } catch (SitrepException e) {
                    failed++;
                    err.println("sitrep: " + r.annotated().report().origin() + ": not stored: " + e.getMessage());
                }
            }
            progress.close();
            out.printf("reports stored: %d, already stored (unchanged): %d, failed: %d; events: %d; incidents created: %d, revised: %d%n",
                    stored, skipped, failed, events, created, revised);
            out.println("store: " + store.stats());
        } catch (Exception e) {
            if (e instanceof SitrepException se) throw se;
            throw new SitrepException(SitrepException.Category.DATA, "ingest failed: " + e.getMessage(), e);
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
