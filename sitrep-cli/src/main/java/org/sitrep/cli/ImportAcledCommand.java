package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.SitrepException;
import org.sitrep.store.AcledCsvReader;
import org.sitrep.store.BulkResult;
import org.sitrep.store.CodedReport;
import org.sitrep.store.Countries;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * sitrep import-acled FILE.csv: an ACLED export into the store under origin "acled", one incident per
 * ACLED event, never merged with sitrep's own; compare with {@code sitrep events --origin acled}.
 */
@Command(name = "import-acled", mixinStandardHelpOptions = true,
        description = "Imports an ACLED CSV export (origin acled); malformed rows are reported with their line and skipped.")
final class ImportAcledCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv")
    Path file;

    @Option(names = "--db", description = "JDBC URL (default: jdbc:duckdb:sitrep.duckdb).")
    String db;

    @Option(names = "--batch", defaultValue = "5000", description = "Rows stored per transaction.")
    int batch;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (batch < 1) throw new SitrepException(SitrepException.Category.INPUT, "--batch must be 1 or more");
        int[] totals = new int[3];
        List<AcledCsvReader.Problem> problems;
        try (EventStore store = Stores.open(db); Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CodedReport> pending = new ArrayList<>();
            problems = new AcledCsvReader(new Countries()).read(in, row -> {
                pending.add(row);
                if (pending.size() >= batch) flush(store, pending, totals);
            });
            flush(store, pending, totals);
        } catch (NoSuchFileException e) {
            throw new SitrepException(SitrepException.Category.INPUT, "no such file: " + file);
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.INPUT, "cannot read " + file + ": " + e.getMessage(), e);
        }
        for (AcledCsvReader.Problem p : problems) err.println("sitrep: " + file + ":" + p.line() + ": skipped: " + p.message());
        out.printf("ACLED events imported: %d, already imported: %d, malformed rows skipped: %d%n", totals[0], totals[1], problems.size());
        out.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    private static void flush(EventStore store, List<CodedReport> pending, int[] totals) {
        if (pending.isEmpty()) return;
        BulkResult r = store.storeCoded(pending, "acled");
        totals[0] += r.events();
        totals[1] += r.alreadyStored();
        pending.clear();
    }
}
