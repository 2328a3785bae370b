package org.sitrep.store;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/**
 * Reads an ACLED export (CSV with a header row) through Jackson's CSV parser: columns are found by name,
 * so missing and extra ones are tolerated, and quoted fields may hold commas and newlines. A row that
 * cannot be read or whose values do not fit (no id, an unknown type, a bad date or number) is reported
 * with the line it starts on and skipped; the others are returned as one coded report each.
 */
public final class AcledCsvReader {
    /** A skipped row: the line it starts on (1 is the header) and why. */
    public record Problem(long line, String message) {}

    private static final DateTimeFormatter ACLED_LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final List<String> INTER_NAMES = List.of("state forces", "rebel group", "political militia", "identity militia", "rioters",
            "protesters", "civilians", "external/other forces");
    private final CsvMapper mapper = new CsvMapper();
    private final Countries countries;

    public AcledCsvReader(Countries countries) {
        this.countries = countries;
    }

    /** Streams the rows to {@code sink} (so a large export need not fit in memory) and returns the skipped ones. */
    public List<Problem> read(Reader in, Consumer<CodedReport> sink) throws IOException {
        List<Problem> problems = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema)
                .with(CsvParser.Feature.TRIM_SPACES).readValues(in)) {
            while (true) {
                long line = it.getCurrentLocation().getLineNr();
                Map<String, String> row;
                try {
                    if (!it.hasNextValue()) break;
                    line = it.getParser().currentLocation().getLineNr(); // after hasNextValue: where the row starts
                    row = it.nextValue();
                } catch (RuntimeException | IOException e) {
                    problems.add(new Problem(line, "unreadable CSV: " + firstLine(e.getMessage())));
                    if (e instanceof IOException) break; // the parser cannot go on past broken quoting
                    continue;
                }
                try {
                    sink.accept(coded(row));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    problems.add(new Problem(line, firstLine(e.getMessage())));
                }
            }
        }
        return problems;
    }

    private CodedReport coded(Map<String, String> row) {
        String id = required(row, "event_id_cnty");
        EventType type = EventType.fromLabel(required(row, "event_type"));
        if (type == null) throw new IllegalArgumentException("unknown event_type " + row.get("event_type"));
        SubEventType sub = value(row, "sub_event_type") == null ? null : SubEventType.fromLabel(row.get("sub_event_type"));
        if (value(row, "sub_event_type") != null && sub == null) throw new IllegalArgumentException("unknown sub_event_type " + row.get("sub_event_type"));
        LocalDate date = date(required(row, "event_date"));
        int precision = integer(row, "time_precision", 1);
        if (precision < 1 || precision > 3) throw new IllegalArgumentException("time_precision must be 1, 2 or 3, not " + precision);
        String country = country(row);
        String notes = value(row, "notes") == null ? "" : row.get("notes");
        String outlet = value(row, "source");
        List<Actor> associated = new ArrayList<>();
        associated.addAll(actors(row, AcledColumns.ASSOC_1, country));
        associated.addAll(actors(row, AcledColumns.ASSOC_2, country));
        Place place = place(row, country);
        Integer deaths = value(row, "fatalities") == null ? null : integer(row, "fatalities", 0);
        List<Source> sources = new ArrayList<>();
        if (outlet != null) for (String s : outlet.split(";")) if (!s.isBlank()) sources.add(new Source(s.strip(), "outlet", null, null));
        List<String> kept = new ArrayList<>();
        for (String extra : List.of("region", "admin3", "source_scale", "tags", "disorder_type", "civilian_targeting")) {
            if (value(row, extra) != null) kept.add(extra + "=" + row.get(extra));
        }
        String reportId = "acled:" + id;
        Event event = new Event(id, reportId, type, sub, actor(row, "actor1", "inter1", country), actor(row, "actor2", "inter2", country), associated, place,
                new TimeSpan(date, date, precision, row.get("event_date"), null, false, null),
                deaths == null ? null : new Fatalities(deaths, deaths, deaths, false, false, null, null),
                new Claim(ClaimStatus.REPORTED, sources, null, null), new Sentence(0, new Span(0, notes.length()), notes), null, 1.0, List.of(), kept);
        return new CodedReport(new Report(reportId, null, notes, null, outlet, null, null, List.of(), "acled"), List.of(event));
    }

    private String country(Map<String, String> row) {
        if (value(row, "iso") != null) {
            int iso = integer(row, "iso", 0);
            return countries.byNumeric(iso).map(Countries.Country::alpha2).orElseThrow(() -> new IllegalArgumentException("unknown iso code " + iso));
        }
        return countries.byName(value(row, "country")).map(Countries.Country::alpha2).orElse(null);
    }

    private static Place place(Map<String, String> row, String country) {
        String name = value(row, "location");
        Double lat = decimal(row, "latitude");
        Double lon = decimal(row, "longitude");
        if (name == null && lat == null) return null;
        if (lat != null && (lat < -90 || lat > 90) || lon != null && (lon < -180 || lon > 180)) throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        int precision = integer(row, "geo_precision", 1);
        return new Place(name, 0, country, value(row, "admin1"), value(row, "admin2"), lat, lon, precision, null, name, null, 1.0, List.of());
    }

    private static Actor actor(Map<String, String> row, String column, String interColumn, String country) {
        String name = value(row, column);
        return name == null ? null : new Actor(name, country, inter(value(row, interColumn)), null, column, null, false);
    }

    private static List<Actor> actors(Map<String, String> row, String column, String country) {
        List<Actor> out = new ArrayList<>();
        String names = value(row, column);
        if (names != null) for (String n : names.split(";")) if (!n.isBlank()) out.add(new Actor(n.strip(), country, 0, null, column, null, false));
        return out;
    }

    /** ACLED's inter codes, as numbers (older exports) or names (newer ones); 0 when absent. */
    private static int inter(String value) {
        if (value == null) return 0;
        int named = INTER_NAMES.indexOf(value.toLowerCase(Locale.ROOT));
        if (named >= 0) return named + 1;
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unknown inter code " + value);
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, ACLED_LONG_DATE);
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("event_date " + text + " is neither YYYY-MM-DD nor like 13 November 2017");
            }
        }
    }

    private static String value(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String required(Map<String, String> row, String column) {
        String v = value(row, column);
        if (v == null) throw new IllegalArgumentException("no " + column);
        return v;
    }

    private static int integer(Map<String, String> row, String column, int absent) {
        String v = value(row, column);
        if (v == null) return absent;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a whole number: " + v);
        }
    }

    private static Double decimal(Map<String, String> row, String column) {
        String v = value(row, column);
        if (v == null) return null;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a number: " + v);
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "no detail";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
