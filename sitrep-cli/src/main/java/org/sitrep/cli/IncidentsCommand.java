package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.incident.Incident;
import org.sitrep.store.AcledColumns;
import org.sitrep.store.AcledCsvWriter;
import org.sitrep.store.Countries;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** sitrep incidents: the stored incidents (merged across reports), as a table, JSON or ACLED-style CSV. */
@Command(name = "incidents", mixinStandardHelpOptions = true, description = "Lists stored incidents with their sources and merged reports.")
final class IncidentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    QueryOptions filters;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (ACLED columns, one row per incident).")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Incident> incidents;
        Map<String, String> storyOf = new HashMap<>();
        try (EventStore store = Stores.open(filters.db)) {
            incidents = store.incidents(filters.query());
            for (Incident i : incidents) storyOf.put(i.id(), story(store, i));
        }
        switch (format) {
            case table -> {
                out.println("incident\trev\tdate\tsub_event_type\tplace\tactor1\tfatalities\tstatus\tgrade\treports\tstory");
                for (Incident i : incidents) {
                    out.printf("%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s%n", i.id(), i.revision(), Tables.dates(i.date()),
                            i.subType() == null ? "" : i.subType().label(), i.location() == null ? "" : i.location().name(),
                            i.actor1() == null ? "" : i.actor1().name(), killed(i.casualties()),
                            i.status(), i.grade(), i.reportIds().size(), storyOf.get(i.id()));
                }
            }
            case json -> {
                ObjectMapper mapper = Json.mapper();
                ArrayNode array = mapper.createArrayNode();
                for (Incident i : incidents) array.add(json(mapper, i));
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            }
            case csv -> {
                AcledColumns acled = new AcledColumns(new Countries());
                new AcledCsvWriter().write(incidents.stream().map(acled::row).toList(), out);
            }
        }
        out.flush();
        return 0;
    }

    /** The story of the incident's first report (its other reports may have joined other stories). */
    private static String story(EventStore store, Incident i) {
        return i.reportIds().isEmpty() ? "" : store.story(i.reportIds().get(0)).map(s -> s.id()).orElse("");
    }

    static ObjectNode json(ObjectMapper mapper, Incident i) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", i.id());
        o.put("revision", i.revision());
        o.put("event_type", i.type() == null ? null : i.type().label());
        o.put("sub_event_type", i.subType() == null ? null : i.subType().label());
        o.put("date_earliest", i.date() == null || !i.date().known() ? null : i.date().earliest().toString());
        o.put("date_latest", i.date() == null || !i.date().known() ? null : i.date().latest().toString());
        o.put("location", i.location() == null ? null : i.location().name());
        o.put("country", i.location() == null ? null : i.location().country());
        o.put("lat", i.location() == null ? null : i.location().lat());
        o.put("lon", i.location() == null ? null : i.location().lon());
        o.put("actor1", i.actor1() == null ? null : i.actor1().name());
        o.put("actor2", i.actor2() == null ? null : i.actor2().name());
        ObjectNode c = o.putObject("fatalities");
        c.put("best", i.casualties().best());
        c.put("min", i.casualties().min());
        c.put("max", i.casualties().max());
        c.put("cumulative", i.casualties().cumulative());
        c.put("cumulative_text", i.casualties().cumulativeText());
        o.put("status", i.status() == null ? null : i.status().name().toLowerCase(java.util.Locale.ROOT));
        o.put("grade", i.grade());
        o.put("independent_sources", i.independentSources());
        ArrayNode members = o.putArray("events");
        for (Incident.Member m : i.members()) {
            members.addObject().put("event_id", m.event().id()).put("report_id", m.reportId()).put("outlet", m.outlet())
                    .put("reason", m.reason() == null ? null : m.reason().describe());
        }
        return o;
    }

    /** The toll, or, with none, the cumulative total a source gave, marked so it is never read as this event's. */
    private static String killed(Incident.Casualties c) {
        if (c.best() != null) return String.valueOf(c.best());
        return c.cumulative() == null ? "" : "(" + c.cumulative() + " cumulative)";
    }
}
