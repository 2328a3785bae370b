package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.incident.Incident;
import org.sitrep.store.AcledColumns;
import org.sitrep.store.AcledCsvWriter;
import org.sitrep.store.Countries;
import org.sitrep.store.EventStore;
import org.sitrep.store.GeoJsonWriter;
import org.sitrep.store.ParquetWriter;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** sitrep export: events (or incidents) matching the filters to a file, for analysts and maps. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes events (or incidents with --incidents) to a file: ACLED CSV, GeoJSON, Parquet or JSON.")
final class ExportCommand implements Callable<Integer> {
    enum Format { acled_csv, geojson, parquet, json }

    @Spec
    CommandSpec spec;

    @Mixin
    QueryOptions filters;

    @Option(names = "--format", required = true, description = "acled-csv, geojson, parquet or json.", converter = FormatConverter.class)
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--incidents", description = "One row or feature per incident instead of per event.")
    boolean incidents;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter say = spec.commandLine().getOut();
        AcledColumns acled = new AcledColumns(new Countries());
        int rows;
        try (EventStore store = Stores.open(filters.db)) {
            if (incidents) {
                List<Incident> list = store.incidents(filters.query());
                rows = list.size();
                write(list.stream().map(acled::row).toList(), list, null);
            } else {
                List<StoredEvent> list = store.storedEvents(filters.query());
                rows = list.size();
                write(list.stream().map(acled::row).toList(), null, list);
            }
        }
        say.printf("wrote %d %s to %s (%s)%n", rows, incidents ? "incidents" : "events", out, format.name().replace('_', '-'));
        say.flush();
        return 0;
    }

    private void write(List<Map<String, Object>> acledRows, List<Incident> incidentList, List<StoredEvent> eventList) throws IOException {
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        switch (format) {
            case parquet -> new ParquetWriter().write(acledRows, out);
            case acled_csv -> {
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    new AcledCsvWriter().write(acledRows, w);
                }
            }
            case geojson -> {
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    if (incidentList != null) new GeoJsonWriter().incidents(incidentList, w);
                    else new GeoJsonWriter().events(eventList, w);
                }
            }
            case json -> {
                var mapper = Json.mapper();
                var array = mapper.createArrayNode();
                if (incidentList != null) {
                    for (Incident i : incidentList) array.add(IncidentsCommand.json(mapper, i));
                } else {
                    EventJson eventJson = new EventJson(mapper);
                    for (StoredEvent s : eventList) array.add(eventJson.toJson(s.event()).put("report_id", s.event().reportId()).put("origin", s.origin()).put("source", s.outlet()));
                }
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    mapper.writerWithDefaultPrettyPrinter().writeValue(w, array);
                }
            }
        }
    }
}
