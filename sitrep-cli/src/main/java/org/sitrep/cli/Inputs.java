package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.ReadResult;
import org.sitrep.ingest.ReportSource;
import org.sitrep.model.Report;

/** Reads the command's inputs; every failure is printed with its input and reason, and counted. */
final class Inputs {
    private int failures;

    List<Report> read(List<String> inputs, LocalDate published, PrintWriter err) {
        List<Report> reports = new ArrayList<>();
        new ReportSource(new IngestOptions(published, IngestOptions.DEFAULT_MAX_BYTES)).read(inputs).forEach(r -> {
            switch (r) {
                case ReadResult.Read ok -> reports.add(ok.report());
                case ReadResult.Failed f -> {
                    failures++;
                    err.println("sitrep: " + f.input() + ": " + f.reason());
                }
            }
        });
        err.flush();
        return reports;
    }

    int failures() {
        return failures;
    }
}
