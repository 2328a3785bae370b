package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.*;
import static org.sitrep.store.StrikeReports.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

/** import-acled and the exports (ACLED CSV, GeoJSON, Parquet), on both databases. */
class AcledImportExportTest {
    private static final Place SYRIAN_TOWN = place("Kafr Tala", 9001, "SY", "Northern", 36.10, 36.80);
    private final Countries countries = new Countries();

    @TempDir
    Path folder;

    private List<AcledCsvReader.Problem> importFixture(EventStore store) throws IOException {
        List<CodedReport> rows = new ArrayList<>();
        List<AcledCsvReader.Problem> problems;
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/acled/invented-export.csv"), StandardCharsets.UTF_8)) {
            problems = new AcledCsvReader(countries).read(in, rows::add);
        }
        store.storeCoded(rows, "acled");
        return problems;
    }

    @ParameterizedTest
    @MethodSource("org.sitrep.store.TestStores#kinds")
    void an_acled_export_is_imported_with_the_malformed_row_reported_by_line_and_never_merged_with_sitrep(String kind) throws IOException {
        try (TestStores.TestStore t = TestStores.open(kind, folder)) {
            EventStore store = t.store();
            store.store(report("wire-1", WIRE_TEXT, "Wire A", DAY), List.of(strike("wire-1-e1", "wire-1", WIRE_TEXT, MARKET_TOWN, 18, null, "a rescue worker")));
            List<AcledCsvReader.Problem> problems = importFixture(store);
            // The header is line 1; XAA101's notes run over two lines, so the row with the unreadable date starts on line 6.
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(6, problems.get(0).line());
            assertTrue(problems.get(0).message().contains("the fourteenth"), problems.get(0).message());
            List<Event> acled = store.events(EventQuery.all().fromOrigin("acled"));
            assertEquals(List.of("XAA100", "XAA101", "XAA102", "XAA104"), acled.stream().map(Event::id).toList());
            Event clash = acled.get(1);
            assertEquals("Clashes between Group B and Militia A near Jisr Amer,\nwith no casualties reported.", clash.sentence().text());
            assertEquals(LocalDate.parse("2017-11-13"), clash.date().earliest());
            assertEquals(2, clash.date().precision());
            assertEquals("SY", clash.location().country());
            assertEquals("Militia C", clash.associated().get(0).name());
            assertEquals(List.of("wire-1-e1"), store.events(EventQuery.all().fromOrigin("sitrep")).stream().map(Event::id).toList());
            // The sitrep strike and ACLED's XAA100 are the same place and day: still two incidents, one per origin.
            assertEquals(5, store.incidents(EventQuery.all()).size());
            assertEquals(1, store.incidents(EventQuery.all().fromOrigin("sitrep")).size());
            assertEquals(0, store.storeCoded(List.of(), "acled").reports());
            assertEquals(4, importAgain(store).alreadyStored());
        }
    }

    private BulkResult importAgain(EventStore store) throws IOException {
        List<CodedReport> rows = new ArrayList<>();
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/acled/invented-export.csv"), StandardCharsets.UTF_8)) {
            new AcledCsvReader(countries).read(in, rows::add);
        }
        return store.storeCoded(rows, "acled");
    }

    @ParameterizedTest
    @MethodSource("org.sitrep.store.TestStores#kinds")
    void the_acled_csv_export_parses_back_with_acled_columns_and_leaves_unknowns_empty(String kind) throws IOException {
        try (TestStores.TestStore t = TestStores.open(kind, folder)) {
            EventStore store = t.store();
            store.store(report("wire-1", WIRE_TEXT, "Wire A", DAY), List.of(strike("wire-1-e1", "wire-1", WIRE_TEXT, SYRIAN_TOWN, 18, null, "a rescue worker")));
            importFixture(store);
            AcledColumns acled = new AcledColumns(countries);
            StringWriter out = new StringWriter();
            new AcledCsvWriter().write(store.storedEvents(EventQuery.all()).stream().map(acled::row).toList(), out);
            CsvMapper mapper = new CsvMapper();
            List<String> header;
            List<Map<String, String>> rows;
            try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(out.toString())) {
                rows = it.readAll();
                header = new ArrayList<>(((CsvSchema) it.getParserSchema()).getColumnNames());
            }
            assertEquals(AcledColumns.COLUMNS, header);
            assertEquals(5, rows.size());
            Map<String, String> ours = rows.stream().filter(r -> r.get("event_id_cnty").equals("wire-1-e1")).findFirst().orElseThrow();
            assertEquals("2017-11-13", ours.get("event_date"));
            assertEquals("2017", ours.get("year"));
            assertEquals("Political violence", ours.get("disorder_type"));
            assertEquals("Air/drone strike", ours.get("sub_event_type"));
            assertEquals("17", ours.get("interaction"));
            assertEquals("Civilian targeting", ours.get("civilian_targeting"));
            assertEquals("760", ours.get("iso"));
            assertEquals("Syria", ours.get("country"));
            assertEquals("36.1", ours.get("latitude"));
            assertEquals("36.8", ours.get("longitude"));
            assertEquals("Wire A", ours.get("source"));
            assertEquals("18", ours.get("fatalities"));
            assertEquals(WIRE_TEXT, ours.get("notes"));
            for (String unknown : List.of("region", "admin3", "source_scale", "tags", "assoc_actor_1")) assertEquals("", ours.get(unknown), unknown);
            Map<String, String> clash = rows.stream().filter(r -> r.get("event_id_cnty").equals("XAA101")).findFirst().orElseThrow();
            assertEquals("Militia C", clash.get("assoc_actor_1"));
            assertEquals("2", clash.get("time_precision"));
            assertEquals("River District", clash.get("admin2"));
            assertEquals("0", clash.get("fatalities"));
            Map<String, String> protest = rows.stream().filter(r -> r.get("event_id_cnty").equals("XAA102")).findFirst().orElseThrow();
            assertEquals("", protest.get("fatalities"), "ACLED's empty fatalities stay unknown");
            assertEquals("60", protest.get("interaction"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.sitrep.store.TestStores#kinds")
    void geojson_is_a_feature_collection_with_lon_lat_points(String kind) throws IOException {
        try (TestStores.TestStore t = TestStores.open(kind, folder)) {
            EventStore store = t.store();
            store.store(report("wire-1", WIRE_TEXT, "Wire A", DAY), List.of(strike("wire-1-e1", "wire-1", WIRE_TEXT, SYRIAN_TOWN, 18, null, "a rescue worker")));
            StringWriter events = new StringWriter();
            new GeoJsonWriter().events(store.storedEvents(EventQuery.all()), events);
            JsonNode collection = new ObjectMapper().readTree(events.toString());
            assertEquals("FeatureCollection", collection.get("type").asText());
            JsonNode feature = collection.get("features").get(0);
            assertEquals("Point", feature.get("geometry").get("type").asText());
            assertEquals(36.80, feature.get("geometry").get("coordinates").get(0).asDouble(), 1e-9, "longitude first");
            assertEquals(36.10, feature.get("geometry").get("coordinates").get(1).asDouble(), 1e-9);
            assertEquals("Explosions/Remote violence", feature.get("properties").get("type").asText());
            assertEquals("2017-11-13", feature.get("properties").get("date").asText());
            assertEquals(18, feature.get("properties").get("fatalities").asInt());
            assertEquals("reported", feature.get("properties").get("status").asText());
            StringWriter incidents = new StringWriter();
            new GeoJsonWriter().incidents(store.incidents(EventQuery.all()), incidents);
            JsonNode incident = new ObjectMapper().readTree(incidents.toString()).get("features").get(0);
            assertEquals(36.80, incident.get("geometry").get("coordinates").get(0).asDouble(), 1e-9);
            assertEquals(1, incident.get("properties").get("reports").asInt());
            assertEquals(18, incident.get("properties").get("fatalities").asInt());
        }
    }

    @ParameterizedTest
    @MethodSource("org.sitrep.store.TestStores#kinds")
    void parquet_reads_back_through_duckdb_with_typed_columns(String kind) throws IOException, SQLException {
        try (TestStores.TestStore t = TestStores.open(kind, folder)) {
            EventStore store = t.store();
            importFixture(store);
            Path file = folder.resolve("export " + kind + ".parquet");
            AcledColumns acled = new AcledColumns(countries);
            new ParquetWriter().write(store.storedEvents(EventQuery.all()).stream().map(acled::row).toList(), file);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(fatalities), MIN(event_date), MAX(latitude), COUNT(DISTINCT iso) FROM read_parquet('"
                         + file.toString().replace("'", "''") + "')")) {
                assertTrue(rs.next());
                assertEquals(4, rs.getInt(1));
                assertEquals(18, rs.getInt(2));
                assertEquals(LocalDate.parse("2017-11-13"), rs.getObject(3, LocalDate.class));
                assertEquals(36.1, rs.getDouble(4), 1e-9);
                assertEquals(1, rs.getInt(5));
            }
        }
    }
}
