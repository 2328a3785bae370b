package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.Toponym;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** sitrep geoparse: every place name in the reports, resolved to GeoNames. */
@Command(name = "geoparse", mixinStandardHelpOptions = true, description = "Finds and resolves every place name in reports: places, country adjectives (\"Syrian\") and places inside other names (\"Air Canada\"), each with its role.")
final class GeoparseCommand implements Callable<Integer> {
    enum Format { json, geojson }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "json", description = "${COMPLETION-CANDIDATES}")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs in = new Inputs();
        List<Report> reports = in.read(inputs, null, err);
        ObjectMapper json = Json.mapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode list = format == Format.geojson ? root.put("type", "FeatureCollection").putArray("features") : json.createArrayNode();
        try (Pipeline p = new Pipeline(PipelineOptions.defaults().withAllSentences(true).withDemonymsAsToponyms(true)); Progress progress = new Progress("geoparse", reports.size())) {
            for (ReportResult r : p.processAll(reports, m -> err.println("sitrep: " + m), progress::step)) {
                if (r == null) continue;
                for (Toponym t : r.toponyms()) list.add(format == Format.geojson ? feature(json, r, t) : plain(json, r, t));
            }
        }
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(format == Format.geojson ? root : list));
        out.flush();
        return in.failures() == 0 ? 0 : 1;
    }

    private static ObjectNode plain(ObjectMapper json, ReportResult r, Toponym t) {
        ObjectNode o = json.createObjectNode();
        o.put("report", r.annotated().report().id()).put("start", t.span().start()).put("end", t.span().end()).put("text", t.text()).put("role", t.role());
        Place p = t.place();
        if (p == null) return o.put("unresolved", t.reason());
        return o.put("geonameid", p.geonameId()).put("name", p.name()).put("country", p.country()).put("admin1", p.admin1())
                .put("admin2", p.admin2()).put("lat", p.lat()).put("lon", p.lon()).put("geo_precision", p.geoPrecision()).put("score", p.score());
    }

    private static ObjectNode feature(ObjectMapper json, ReportResult r, Toponym t) {
        ObjectNode f = json.createObjectNode().put("type", "Feature");
        Place p = t.place();
        if (p != null && p.lat() != null) f.putObject("geometry").put("type", "Point").putArray("coordinates").add(p.lon()).add(p.lat());
        else f.putNull("geometry");
        f.set("properties", plain(json, r, t));
        return f;
    }
}
