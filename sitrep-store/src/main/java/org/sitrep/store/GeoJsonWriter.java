package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.sitrep.incident.Incident;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.TimeSpan;

/** A GeoJSON FeatureCollection for maps: one Point feature per event or incident, coordinates [lon, lat]; null geometry when unplaced. */
public final class GeoJsonWriter {
    private final ObjectMapper mapper = new ObjectMapper();

    public void events(List<StoredEvent> events, Writer out) throws IOException {
        ObjectNode collection = collection();
        ArrayNode features = collection.putArray("features");
        for (StoredEvent s : events) {
            Event e = s.event();
            ObjectNode props = feature(features, e.id(), e.location());
            common(props, e.type() == null ? null : e.type().label(), e.subType() == null ? null : e.subType().label(), e.date(), e.location());
            props.put("fatalities", e.fatalities() == null ? null : e.fatalities().best());
            props.put("status", e.claim() == null || e.claim().status() == null ? null : e.claim().status().name().toLowerCase(java.util.Locale.ROOT));
            props.put("actor1", e.actor1() == null ? null : e.actor1().name());
            props.put("actor2", e.actor2() == null ? null : e.actor2().name());
            props.put("report_id", e.reportId());
            props.put("source", s.outlet());
            props.put("origin", s.origin());
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(out, collection);
    }

    public void incidents(List<Incident> incidents, Writer out) throws IOException {
        ObjectNode collection = collection();
        ArrayNode features = collection.putArray("features");
        for (Incident i : incidents) {
            ObjectNode props = feature(features, i.id(), i.location());
            common(props, i.type() == null ? null : i.type().label(), i.subType() == null ? null : i.subType().label(), i.date(), i.location());
            props.put("fatalities", i.casualties().best());
            props.put("fatalities_min", i.casualties().min());
            props.put("fatalities_max", i.casualties().max());
            props.put("fatalities_cumulative", i.casualties().cumulative());
            props.put("status", i.status() == null ? null : i.status().name().toLowerCase(java.util.Locale.ROOT));
            props.put("grade", i.grade());
            props.put("actor1", i.actor1() == null ? null : i.actor1().name());
            props.put("actor2", i.actor2() == null ? null : i.actor2().name());
            props.put("revision", i.revision());
            props.put("reports", i.reportIds().size());
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(out, collection);
    }

    private ObjectNode collection() {
        ObjectNode o = mapper.createObjectNode();
        o.put("type", "FeatureCollection");
        return o;
    }

    private static ObjectNode feature(ArrayNode features, String id, Place p) {
        ObjectNode f = features.addObject();
        f.put("type", "Feature");
        f.put("id", id);
        if (p == null || p.lat() == null || p.lon() == null) {
            f.putNull("geometry");
        } else {
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(p.lon()).add(p.lat());
        }
        return f.putObject("properties");
    }

    private static void common(ObjectNode props, String type, String subType, TimeSpan date, Place p) {
        props.put("type", type);
        props.put("sub_event_type", subType);
        props.put("date", date == null || !date.known() ? null : date.earliest().toString());
        props.put("date_latest", date == null || !date.known() ? null : date.latest().toString());
        props.put("time_precision", date == null || !date.known() ? null : date.precision());
        props.put("location", p == null ? null : p.name());
        props.put("country", p == null ? null : p.country());
    }
}
