package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.*;
import static org.sitrep.store.StrikeReports.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.incident.Incident;
import org.sitrep.incident.Revision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Fatalities;
import org.sitrep.model.SitrepException;
import org.sitrep.model.SubEventType;

/** Analyst edits, rejections and the audit log, on every store. */
abstract class AnalystReviewContractTest {
    private EventStore store;

    protected abstract EventStore openFresh();

    protected void dropAll() {}

    @BeforeEach
    void open() {
        store = openFresh();
        store.store(report("wire-1", WIRE_TEXT, "Wire A", DAY), List.of(strike("wire-1-e1", "wire-1", WIRE_TEXT, MARKET_TOWN, 18, null, "a rescue worker")));
        store.store(report("monitor-1", MONITOR_TEXT, "Outlet B", DAY.plusDays(1)),
                List.of(strike("monitor-1-e1", "monitor-1", MONITOR_TEXT, MARKET_TOWN_OUTSKIRTS, 26, null, "a war monitor")));
    }

    @AfterEach
    void close() {
        store.close();
        dropAll();
    }

    private static EventEdit fatalities(int n) {
        return new EventEdit(null, null, null, null, new Fatalities(n, n, n, false, true, "analyst", null), null, null);
    }

    private Incident only() {
        List<Incident> all = store.incidents(EventQuery.all());
        assertEquals(1, all.size(), "the two reports make one incident");
        return all.get(0);
    }

    @Test
    void an_edited_toll_revises_the_incident_and_keeps_the_machine_value() {
        Incident before = only();
        assertEquals(18, before.casualties().best());
        Instant start = Instant.now().minusSeconds(1);
        store.edit("wire-1-e1", fatalities(21), "ana", "hospital list");
        store.edit("wire-1-e1", fatalities(22), "ana", "second list");
        Incident after = only();
        assertEquals(22, after.casualties().best(), "the conservative toll follows the analyst's latest figure (min of 22 and 26)");
        assertEquals(before.revision() + 2, after.revision());
        assertEquals(22, store.event("wire-1-e1").orElseThrow().fatalities().best());
        assertEquals(18, store.original("wire-1-e1").orElseThrow().fatalities().best(), "the machine's first value survives two edits");
        List<AuditEntry> audit = store.audit(List.of("wire-1-e1"));
        assertEquals(2, audit.size());
        assertEquals("ana", audit.get(0).who());
        assertTrue(audit.get(0).before().contains("18") && audit.get(0).after().contains("21"), audit.get(0).toString());
        assertEquals("hospital list", audit.get(0).why());
        List<HistoryEntry> history = store.history(after.id());
        assertTrue(history.get(history.size() - 1).summary().contains("ana edited event wire-1-e1"), history.toString());
        assertTrue(store.changes(start).stream().anyMatch(c -> c.incidentId().equals(after.id()) && c.kind() == Revision.Kind.REVISED));
    }

    @Test
    void an_incident_edit_changes_every_member_and_is_logged_once_for_the_incident() {
        Incident before = only();
        Incident after = store.editIncident(before.id(), new EventEdit(EventType.BATTLES, null, null, null, null, null, null), "bo", null);
        assertEquals(EventType.BATTLES, after.type());
        assertNull(after.subType(), "air strike does not fit under battles");
        for (Event e : store.events(EventQuery.all())) assertEquals(EventType.BATTLES, e.type());
        assertEquals(1, store.audit(List.of(before.id())).size());
        assertEquals(3, store.audit(List.of(before.id(), "wire-1-e1", "monitor-1-e1")).size());
        assertEquals(1, store.incidents(EventQuery.all().ofType(EventType.BATTLES)).size(), "queries see the analyst's type");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, store.original("monitor-1-e1").orElseThrow().subType());
    }

    @Test
    void rejecting_every_event_deletes_the_incident_and_says_so_in_the_feed() {
        Incident before = only();
        Instant start = Instant.now().minusSeconds(1);
        store.reject("wire-1-e1", "ana", "duplicate wire copy");
        assertEquals(26, only().casualties().best());
        assertEquals(java.util.Set.of("wire-1-e1"), store.rejected(List.of("wire-1-e1", "monitor-1-e1")));
        store.reject("monitor-1-e1", "ana", "not in this town");
        assertTrue(store.incidents(EventQuery.all()).isEmpty());
        assertTrue(store.incident(before.id()).isEmpty());
        assertTrue(store.changes(start).stream().anyMatch(c -> c.incidentId().equals(before.id()) && c.kind() == Revision.Kind.DELETED));
        SitrepException again = assertThrows(SitrepException.class, () -> store.reject("monitor-1-e1", "ana", null));
        assertTrue(again.getMessage().contains("already rejected"));
    }

    @Test
    void editing_an_unknown_event_names_it_and_changes_nothing() {
        SitrepException e = assertThrows(SitrepException.class, () -> store.edit("nope", fatalities(3), "ana", null));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
        assertTrue(store.audit(List.of("nope")).isEmpty());
        assertEquals(LocalDate.parse("2017-11-13"), only().date().earliest());
    }
}
