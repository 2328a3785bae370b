package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Event;
import org.sitrep.store.AcledColumns;
import org.sitrep.store.AcledCsvWriter;
import org.sitrep.store.Countries;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** sitrep events: stored events matching the filters, as a table, JSON or ACLED-style CSV. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Lists stored events (one per report mention) matching the filters.")
final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    QueryOptions filters;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (ACLED columns).")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<StoredEvent> events;
        try (EventStore store = Stores.open(filters.db)) {
            events = store.storedEvents(filters.query());
        }
        switch (format) {
            case table -> {
                out.println("event\tdate\tsub_event_type\tplace\tcountry\tactor1\tactor2\tfatalities\torigin\tsource");
                for (StoredEvent s : events) {
                    Event e = s.event();
                    out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", e.id(), Tables.dates(e.date()), e.subType() == null ? "" : e.subType().label(),
                            e.location() == null ? "" : e.location().name(), e.location() == null ? "" : Tables.text(e.location().country()),
                            e.actor1() == null ? "" : e.actor1().name(), e.actor2() == null ? "" : e.actor2().name(),
                            e.fatalities() == null || e.fatalities().best() == null ? "" : e.fatalities().best(), s.origin(), Tables.text(s.outlet()));
                }
            }
            case json -> {
                ObjectMapper mapper = Json.mapper();
                EventJson eventJson = new EventJson(mapper);
                ArrayNode array = mapper.createArrayNode();
                for (StoredEvent s : events) {
                    ObjectNode o = eventJson.toJson(s.event());
                    o.put("report_id", s.event().reportId());
                    o.put("origin", s.origin());
                    o.put("source", s.outlet());
                    array.add(o);
                }
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            }
            case csv -> {
                AcledColumns acled = new AcledColumns(new Countries());
                new AcledCsvWriter().write(events.stream().map(acled::row).toList(), out);
            }
        }
        out.flush();
        return 0;
    }
}
