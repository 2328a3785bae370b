package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.extract.CodeCrosswalk;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.TimeSpan;

/** Writes events in the event schema of the gold files (FORMATS.md), plus codes, evidence and sources. */
public final class EventJson {
    private final ObjectMapper json;
    private final CodeCrosswalk crosswalk = new CodeCrosswalk();

    public EventJson(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode toJson(Event e) {
        ObjectNode o = json.createObjectNode();
        o.put("id", e.id());
        o.put("event_type", e.type() == null ? null : e.type().label());
        o.put("sub_event_type", e.subType() == null ? null : e.subType().label());
        CodeCrosswalk.Codes codes = crosswalk.of(e.subType());
        o.put("cameo", codes.cameo());
        o.put("plover", codes.plover());
        o.set("date", date(e.date()));
        o.set("location", location(e.location()));
        o.put("actor1", e.actor1() == null ? null : e.actor1().name());
        o.put("actor2", e.actor2() == null ? null : e.actor2().name());
        o.set("actors", actors(e));
        Fatalities f = e.fatalities();
        if (f == null) o.putNull("fatalities");
        else o.put("fatalities", f.best());
        if (f != null) {
            ObjectNode fd = o.putObject("fatalities_detail");
            fd.put("min", f.min());
            fd.put("max", f.max());
            fd.put("cumulative", f.cumulative());
            fd.put("civilians", f.civilians());
        }
        ObjectNode claim = o.putObject("claim");
        claim.put("status", e.claim().status().name().toLowerCase());
        claim.put("grade", e.claim().grade());
        if (e.claim().note() != null) claim.put("note", e.claim().note());
        ArrayNode sources = o.putArray("sources");
        for (Source s : e.claim().sources()) sources.addObject().put("name", s.name()).put("kind", s.kind()).put("verb", s.verb());
        ArrayNode ev = o.putArray("evidence");
        for (Evidence x : e.evidence()) ev.addObject().put("field", x.field()).put("start", x.span().start()).put("end", x.span().end()).put("text", x.text());
        ArrayNode notes = o.putArray("notes");
        e.notes().forEach(notes::add);
        return o;
    }

    private ObjectNode date(TimeSpan d) {
        ObjectNode o = json.createObjectNode();
        if (d == null || !d.known()) {
            o.putNull("earliest");
            o.putNull("latest");
            o.put("reason", d == null ? "not resolved" : d.reason());
            return o;
        }
        o.put("earliest", d.earliest().toString());
        o.put("latest", d.latest().toString());
        o.put("time_precision", d.precision());
        if (d.reason() != null) o.put("reason", d.reason());
        return o;
    }

    private ObjectNode location(Place p) {
        if (p == null) return null;
        ObjectNode o = json.createObjectNode();
        o.put("name", p.name());
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        o.put("admin2", p.admin2());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        o.put("geo_precision", p.geoPrecision());
        o.put("geonameid", p.geonameId());
        if (p.mention() != null) o.put("mention", p.mention());
        return o;
    }

    private ArrayNode actors(Event e) {
        ArrayNode a = json.createArrayNode();
        for (Actor x : new Actor[] {e.actor1(), e.actor2()}) {
            if (x == null) continue;
            a.addObject().put("name", x.name()).put("country", x.country()).put("inter", x.inter()).put("sector", x.sector())
                    .put("mention", x.mention()).put("hedged", x.hedged());
        }
        return a;
    }
}
