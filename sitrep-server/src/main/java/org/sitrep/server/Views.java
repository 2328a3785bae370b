package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.incident.ControlPeriod;
import org.sitrep.incident.Incident;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.LeftOut;
import org.sitrep.model.Place;
import org.sitrep.model.Report;
import org.sitrep.model.TimeSpan;
import org.sitrep.store.AuditEntry;
import org.sitrep.store.Change;
import org.sitrep.store.HistoryEntry;

/**
 * The API's JSON shapes. Lists carry a compact incident summary (what a map and a table need); the
 * incident page gets every member event whole, as the model records serialize, plus labels.
 */
final class Views {
    private final ObjectMapper json;

    Views(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode incidentSummary(Incident i) {
        ObjectNode o = json.createObjectNode();
        o.put("id", i.id());
        o.put("revision", i.revision());
        o.put("type", i.type() == null ? null : i.type().name());
        o.put("type_label", i.type() == null ? null : i.type().label());
        o.put("sub_type", i.subType() == null ? null : i.subType().name());
        o.put("sub_type_label", i.subType() == null ? null : i.subType().label());
        o.put("actor1", name(i.actor1()));
        o.put("actor2", name(i.actor2()));
        o.set("place", place(i.location()));
        o.set("date", date(i.date()));
        ObjectNode f = o.putObject("fatalities");
        f.put("best", i.casualties().best());
        f.put("min", i.casualties().min());
        f.put("max", i.casualties().max());
        // a cumulative total ("50 killed since friday") is shown beside the incident, never as its toll
        f.put("cumulative", i.casualties().cumulative());
        f.put("cumulative_text", i.casualties().cumulativeText());
        o.put("status", i.status() == null ? null : i.status().name().toLowerCase(Locale.ROOT));
        o.put("grade", i.grade());
        o.put("independent_sources", i.independentSources());
        o.put("reports", i.reportIds().size());
        o.put("events", i.members().size());
        return o;
    }

    ObjectNode incidentDetail(Incident i, List<HistoryEntry> history, List<AuditEntry> audit, List<ControlPeriod> control) {
        ObjectNode o = incidentSummary(i);
        ArrayNode members = o.putArray("members");
        for (Incident.Member m : i.members()) {
            ObjectNode node = members.addObject();
            node.put("report_id", m.reportId());
            node.put("outlet", m.outlet());
            node.set("merge_reason", m.reason() == null ? null : json.valueToTree(m.reason()));
            node.set("event", event(m.event(), false));
        }
        ArrayNode h = o.putArray("history");
        for (HistoryEntry e : history) h.add(json.valueToTree(e));
        o.set("audit", audit(audit));
        ArrayNode c = o.putArray("control");
        for (ControlPeriod p : control) c.add(json.valueToTree(p));
        return o;
    }

    ObjectNode event(Event e, boolean rejected) {
        ObjectNode o = json.valueToTree(e);
        o.put("type_label", e.type() == null ? null : e.type().label());
        o.put("sub_type_label", e.subType() == null ? null : e.subType().label());
        o.put("rejected", rejected);
        return o;
    }

    ArrayNode events(List<Event> events, Set<String> rejected) {
        ArrayNode a = json.createArrayNode();
        for (Event e : events) a.add(event(e, rejected.contains(e.id())));
        return a;
    }

    ObjectNode report(Report r, List<Event> events, Set<String> rejected, List<LeftOut> leftOut) {
        ObjectNode o = json.valueToTree(r);
        o.set("events", events(events, rejected));
        o.set("left_out", json.valueToTree(leftOut.stream().map(LeftOut::fields).toList()));
        return o;
    }

    ArrayNode changes(List<Change> changes) {
        ArrayNode a = json.createArrayNode();
        for (Change c : changes) {
            a.addObject().put("seq", c.seq()).put("at", c.at().toString()).put("incident_id", c.incidentId())
                    .put("kind", c.kind().name().toLowerCase(Locale.ROOT)).put("revision", c.revision());
        }
        return a;
    }

    ArrayNode audit(List<AuditEntry> entries) {
        ArrayNode a = json.createArrayNode();
        for (AuditEntry e : entries) {
            ObjectNode o = a.addObject();
            o.put("seq", e.seq());
            o.put("at", e.at().toString());
            o.put("who", e.who());
            o.put("target_kind", e.targetKind());
            o.put("target_id", e.targetId());
            o.put("action", e.action());
            o.set("before", tree(e.before()));
            o.set("after", tree(e.after()));
            o.put("why", e.why());
        }
        return a;
    }

    ArrayNode control(List<ControlPeriod> periods) {
        ArrayNode a = json.createArrayNode();
        for (ControlPeriod p : periods) a.add(json.valueToTree(p));
        return a;
    }

    private JsonNode tree(String text) {
        if (text == null) return null;
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(text);
        }
    }

    ObjectNode place(Place p) {
        if (p == null) return null;
        ObjectNode o = json.createObjectNode();
        o.put("name", p.name());
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        o.put("geonameid", p.geonameId());
        o.put("geo_precision", p.geoPrecision());
        return o;
    }

    private ObjectNode date(TimeSpan d) {
        if (d == null || !d.known()) return null;
        ObjectNode o = json.createObjectNode();
        o.put("earliest", d.earliest().toString());
        o.put("latest", d.latest().toString());
        o.put("precision", d.precision());
        return o;
    }

    private static String name(Actor a) {
        return a == null ? null : a.name();
    }
}
