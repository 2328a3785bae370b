package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.EvalResult;
import org.sitrep.eval.EvalTask;
import org.sitrep.eval.FiveWOneHGold;
import org.sitrep.eval.GoldFile;
import org.sitrep.eval.GoldReader;
import org.sitrep.eval.ReportWriter;
import org.sitrep.eval.Scorers;
import org.sitrep.model.Report;
import org.sitrep.nlp.AnnotatorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** sitrep eval: scores sitrep (or another system's predictions) against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores events, places, times, classes against gold (FORMATS.md).")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--task", required = true, description = "events, geoparse, timex, classify, eventloc, clusters or 5w1h.")
    String task;

    @Option(names = "--gold", required = true, description = "Gold JSONL file.")
    Path gold;

    @Option(names = "--pred", description = "Predictions JSONL in the gold's format; without it sitrep runs its own pipeline.")
    Path pred;

    @Option(names = "--limit", defaultValue = "0", description = "Score only the first N gold records.")
    int limit;

    @Option(names = "--report", description = "Write report.md, report.json and errors.jsonl into this folder.")
    Path reportDir;

    @Option(names = "--json", description = "Print the headline metrics as one JSON object on the last line.")
    boolean jsonLine;

    @Option(names = "--save-pred", description = "Also write sitrep's predictions to this JSONL file.")
    Path savePred;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EvalTask t = EvalTask.fromId(task);
        if (!Files.isRegularFile(gold)) {
            err.println("sitrep: gold file not found: " + gold);
            return 2;
        }
        GoldFile g = Scorers.goldReader(t).read(gold, limit);
        g.problems().forEach(p -> err.println("sitrep: " + gold + ": " + p + " (skipped)"));
        Map<String, ObjectNode> predicted = new LinkedHashMap<>();
        if (pred != null) {
            for (ObjectNode p : new GoldReader().read(pred, 0).records()) predicted.put(p.path("id").asText(), p);
        } else {
            predicted = runPipeline(t, g.records(), err);
        }
        EvalResult result = Scorers.forTask(t).score(g.records(), predicted);
        out.println(result.reportMarkdown());
        if (reportDir != null) {
            new ReportWriter().write(result, reportDir);
            err.println("sitrep: report written to " + reportDir);
        }
        if (jsonLine) out.println(Json.mapper().writeValueAsString(result.headline()));
        out.flush();
        return 0;
    }

    private Map<String, ObjectNode> runPipeline(EvalTask t, List<ObjectNode> records, PrintWriter err) throws IOException {
        ObjectMapper json = Json.mapper();
        // The gold records are read through the ordinary JSONL reader so they get the same treatment as users' input.
        Path tmp = Files.createTempFile("sitrep-eval", ".jsonl");
        try {
            StringBuilder sb = new StringBuilder();
            for (ObjectNode r : records) sb.append(json.writeValueAsString(pipelineInput(t, r, json))).append('\n');
            Files.writeString(tmp, sb);
            List<Report> reports = new Inputs().read(List.of(tmp.toString()), null, err);
            boolean all = t == EvalTask.GEOPARSE || t == EvalTask.TIMEX || t == EvalTask.EVENTLOC;
            AnnotatorOptions ann = AnnotatorOptions.defaults().withTimeTagging(t == EvalTask.TIMEX ? AnnotatorOptions.TimeTagging.ALL : AnnotatorOptions.TimeTagging.CUED);
            PipelineOptions options = PipelineOptions.defaults().withAllSentences(all).withAnnotator(ann).withDemonymsAsToponyms(t == EvalTask.GEOPARSE)
                    .withStories(t == EvalTask.CLUSTERS);
            if (threads != null) options = options.withThreads(threads);
            Map<String, ObjectNode> byId = new LinkedHashMap<>();
            for (ObjectNode r : records) byId.put(r.path("id").asText(), r);
            Map<String, ObjectNode> predicted = new LinkedHashMap<>();
            try (Pipeline pipeline = new Pipeline(options); Progress progress = new Progress("eval " + task, reports.size())) {
                Predictor predictor = new Predictor(json, pipeline);
                List<ReportResult> results = pipeline.processAll(reports, m -> err.println("sitrep: " + m), progress::step);
                if (t == EvalTask.CLUSTERS) {
                    // Clusters are scored from the incidents a store builds, not from one report at a time.
                    predicted = new ClusterPredictor(json).predict(results, err);
                } else {
                    for (ReportResult r : results) {
                        if (r == null) continue;
                        String id = r.annotated().report().id();
                        predicted.put(id, predictor.predict(t, byId.get(id), r));
                    }
                }
            }
            if (savePred != null) {
                StringBuilder p = new StringBuilder();
                for (ObjectNode o : predicted.values()) p.append(json.writeValueAsString(o)).append('\n');
                Files.writeString(savePred, p);
            }
            return predicted;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The report sitrep reads for a gold record. A Giveme5W1H document is read as title, description and
     * text, one per line, published on the day part of its date_publish; other golds give id, published, text.
     */
    private static ObjectNode pipelineInput(EvalTask t, ObjectNode r, ObjectMapper json) {
        ObjectNode in = json.createObjectNode();
        in.put("id", r.path("id").asText());
        if (t == EvalTask.FIVE_W_ONE_H) {
            FiveWOneHGold document = new FiveWOneHGold();
            var published = document.published(r);
            in.put("published", published == null ? null : published.toString());
            in.put("text", document.pipelineText(r));
        } else {
            in.set("published", r.get("published"));
            in.put("text", r.path("text").asText());
        }
        return in;
    }
}
