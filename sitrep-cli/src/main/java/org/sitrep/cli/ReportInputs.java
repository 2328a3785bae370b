package org.sitrep.cli;

import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads reports shares (a picocli mixin): inputs, --published, --threads. */
final class ReportInputs {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date of the reports (wins over dates they carry).")
    LocalDate published;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    PipelineOptions pipelineOptions() {
        PipelineOptions options = PipelineOptions.defaults();
        return threads == null ? options : options.withThreads(threads);
    }
}
