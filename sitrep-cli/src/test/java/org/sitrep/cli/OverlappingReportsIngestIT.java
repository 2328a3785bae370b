package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.incident.Incident;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;

/**
 * Four VOA reports of one attack (the Jaffar Express, Balochistan, 11 March 2025; see the fixture's
 * README): their events merge into shared incidents, each incident lists every report it rests on, and
 * the dead are never counted twice. Ingesting them all at once into DuckDB, or in two runs into
 * PostgreSQL, gives the same incidents.
 */
class OverlappingReportsIngestIT {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "voa-train-attack", "reports.jsonl");
    private static final LocalDate ATTACK = LocalDate.of(2025, 3, 11);

    @Test
    void reports_of_one_attack_share_incidents_without_double_counting(@TempDir Path dir) throws Exception {
        String duck = "jdbc:duckdb:" + dir.resolve("voa.duckdb");
        CliRun all = CliRun.of("ingest", FIXTURE.toString(), "--db", duck, "--threads", "2");
        assertEquals(0, all.exit(), all.err());
        assertTrue(all.out().contains("reports stored: 4,"), all.out());
        List<String> lines = Files.readAllLines(FIXTURE);
        Path firstHalf = Files.write(dir.resolve("first.jsonl"), lines.subList(0, 2));
        Path secondHalf = Files.write(dir.resolve("second.jsonl"), lines.subList(2, 4));
        try (PostgresSchema schema = new PostgresSchema()) {
            for (Path half : List.of(firstHalf, secondHalf)) {
                CliRun run = CliRun.of("ingest", half.toString(), "--db", schema.url(), "--threads", "2");
                assertEquals(0, run.exit(), run.err());
            }
            List<String> duckIncidents;
            try (EventStore store = Stores.open(duck)) {
                duckIncidents = checkIncidents(store);
            }
            try (EventStore store = Stores.open(schema.url())) {
                assertEquals(duckIncidents, checkIncidents(store), "one run or two, DuckDB or PostgreSQL: the same incidents");
            }
        }
    }

    /** Checks the invariants of one store's incidents and returns them in a comparable form. */
    private static List<String> checkIncidents(EventStore store) {
        List<Event> events = store.events(EventQuery.all());
        List<Incident> incidents = store.incidents(EventQuery.all());
        assertTrue(events.size() >= 4, "the four reports yield events: " + events.size());
        Map<String, String> incidentOf = new HashMap<>();
        for (Incident i : incidents) {
            for (Incident.Member m : i.members()) {
                String before = incidentOf.put(m.event().id(), i.id());
                assertEquals(null, before, "event " + m.event().id() + " is in one incident only");
            }
            Set<String> fromMembers = new TreeSet<>();
            i.members().forEach(m -> fromMembers.add(m.event().reportId()));
            assertEquals(fromMembers, new TreeSet<>(i.reportIds()), "incident " + i.id() + " lists every contributing report");
            checkToll(i);
        }
        for (Event e : events) assertTrue(incidentOf.containsKey(e.id()), "event " + e.id() + " belongs to an incident");
        Set<String> reportsInIncidents = new TreeSet<>();
        incidents.forEach(i -> reportsInIncidents.addAll(i.reportIds()));
        assertEquals(4, reportsInIncidents.size(), "every report contributes: " + reportsInIncidents);
        boolean attackMerged = incidents.stream().anyMatch(i -> i.reportIds().size() >= 2 && i.date() != null && i.date().known()
                && !i.date().earliest().isAfter(ATTACK) && !i.date().latest().isBefore(ATTACK) && "PK".equals(i.location().country()));
        assertTrue(attackMerged, "the attack of 11 March is one incident told by several reports:\n" + describe(incidents));
        long total = ((Number) store.stats().get("incident_fatalities")).longValue();
        long sumOfBests = incidents.stream().map(i -> i.casualties().best()).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
        assertEquals(sumOfBests, total, "the store's total is the sum of incident tolls, not of report figures");
        List<String> out = new ArrayList<>();
        for (Incident i : incidents) {
            out.add(i.id() + " " + new TreeSet<>(i.members().stream().map(m -> m.event().id()).toList()) + " best=" + i.casualties().best());
        }
        out.sort(null);
        return out;
    }

    /** ACLED-conservative: the incident's toll is the lowest single-event figure, never a sum of reports. */
    private static void checkToll(Incident i) {
        Integer lowest = null;
        int reporting = 0;
        for (Incident.Member m : i.members()) {
            Fatalities f = m.event().fatalities();
            if (f == null || f.cumulative() || f.best() == null) continue;
            reporting++;
            lowest = lowest == null ? f.best() : Math.min(lowest, f.best());
        }
        assertEquals(lowest, i.casualties().best(), "incident " + i.id() + " takes the lowest figure");
        if (reporting >= 2) {
            int sum = i.members().stream().map(m -> m.event().fatalities()).filter(f -> f != null && !f.cumulative() && f.best() != null)
                    .mapToInt(Fatalities::best).sum();
            assertTrue(sum > 0 && i.casualties().best() < sum || sum == 0, "incident " + i.id() + " does not add up reports' tolls");
        }
    }

    private static String describe(List<Incident> incidents) {
        StringBuilder sb = new StringBuilder();
        for (Incident i : incidents) {
            sb.append(i.id()).append(' ').append(i.subType()).append(' ').append(i.location() == null ? null : i.location().name())
                    .append(' ').append(i.date() == null ? null : i.date().earliest() + ".." + i.date().latest()).append(' ').append(i.reportIds()).append('\n');
        }
        return sb.toString();
    }
}
