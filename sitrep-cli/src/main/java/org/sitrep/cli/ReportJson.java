package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.LeftOut;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/** One report's events as an events.jsonl record ({"id", "published", "source", "events": [...], "left_out": [...]}). */
final class ReportJson {
    private final ObjectMapper json;
    private final EventJson events;

    ReportJson(ObjectMapper json) {
        this.json = json;
        this.events = new EventJson(json);
    }

    ObjectNode toJson(ReportResult r) {
        Report rep = r.annotated().report();
        ObjectNode o = json.createObjectNode();
        o.put("id", rep.id());
        o.put("published", rep.published() == null ? null : rep.published().toString());
        if (rep.published() == null) o.put("published_note", "no publication date: relative dates are left unresolved");
        o.put("title", rep.title());
        o.put("source", rep.source());
        o.put("origin", rep.origin());
        if (rep.dateline() != null) {
            o.putObject("dateline").put("place", rep.dateline().place()).put("agency", rep.dateline().agency());
        }
        ArrayNode arr = o.putArray("events");
        for (Event e : r.events()) arr.add(events.toJson(e));
        // what was read and not coded, with why: the analyst can check the extractor's judgement, not only its output
        ArrayNode left = o.putArray("left_out");
        for (LeftOut l : r.leftOut()) left.add(json.valueToTree(l.fields()));
        return o;
    }
}
