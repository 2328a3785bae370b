package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** sitrep extract: reports in, events out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Reads reports (text, tokenized lines, HTML, JSONL, RSS/Atom, folders, - for stdin) and prints their events.")
final class ExtractCommand implements Callable<Integer> {
    enum Format { json, jsonl, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    ReportInputs source;

    @Option(names = "--format", defaultValue = "json", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs in = new Inputs();
        List<Report> reports = in.read(source.inputs, source.published, err);
        if (reports.isEmpty()) {
            err.println("sitrep: no report could be read");
            return 1;
        }
        PipelineOptions options = source.pipelineOptions();
        int failed = in.failures();
        try (Pipeline pipeline = new Pipeline(options); Progress progress = new Progress("extract", reports.size())) {
            List<ReportResult> results = pipeline.processAll(reports, m -> err.println("sitrep: " + m), progress::step);
            progress.close();
            ObjectMapper json = Json.mapper();
            ReportJson rj = new ReportJson(json);
            EventCsv csv = new EventCsv();
            if (format == Format.csv) csv.header(out);
            var array = json.createArrayNode();
            for (ReportResult r : results) {
                if (r == null) {
                    failed++;
                    continue;
                }
                switch (format) {
                    case jsonl -> out.println(rj.toJson(r).toString());
                    case json -> array.add(rj.toJson(r));
                    case csv -> {
                        for (Event e : r.events()) csv.row(out, e);
                    }
                }
            }
            if (format == Format.json) out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
