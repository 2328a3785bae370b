package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Report;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.AnnotatorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** sitrep timex: time expressions normalized against the publication date (TIMEX3 conventions). */
@Command(name = "timex", mixinStandardHelpOptions = true, description = "Finds time expressions and resolves them against the publication date.")
final class TimexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD")
    LocalDate published;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs in = new Inputs();
        List<Report> reports = in.read(inputs, published, err);
        ObjectMapper json = Json.mapper();
        ArrayNode list = json.createArrayNode();
        PipelineOptions o = PipelineOptions.defaults().withAllSentences(true)
                .withAnnotator(AnnotatorOptions.defaults().withTimeTagging(AnnotatorOptions.TimeTagging.ALL));
        try (Pipeline p = new Pipeline(o); Progress progress = new Progress("timex", reports.size())) {
            for (ReportResult r : p.processAll(reports, m -> err.println("sitrep: " + m), progress::step)) {
                if (r == null) continue;
                for (TimeExpression t : p.timeResolver().expressions(r.annotated())) {
                    var x = list.addObject().put("report", r.annotated().report().id()).put("start", t.span().start()).put("end", t.span().end())
                            .put("text", t.text()).put("type", t.type()).put("value", t.value());
                    if (t.resolved() != null && t.resolved().known()) {
                        x.put("earliest", t.resolved().earliest().toString()).put("latest", t.resolved().latest().toString());
                    }
                    if (t.resolved() != null && t.resolved().background()) x.put("background", true);
                }
            }
        }
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(list));
        out.flush();
        return in.failures() == 0 ? 0 : 1;
    }
}
