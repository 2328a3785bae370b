package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sitrep.model.Event;

/** ACLED-style CSV rows (one event a row), quoting per RFC 4180. */
final class EventCsv {
    static final List<String> COLUMNS = List.of("event_id", "report_id", "event_date_earliest", "event_date_latest", "time_precision",
            "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2", "country", "admin1", "location", "latitude", "longitude",
            "geo_precision", "fatalities", "claim_status", "sources", "notes");

    void header(PrintWriter out) {
        out.println(String.join(",", COLUMNS));
    }

    void row(PrintWriter out, Event e) {
        var d = e.date();
        var p = e.location();
        List<Object> v = List.of(e.id(), e.reportId(), d.known() ? d.earliest() : "", d.known() ? d.latest() : "", d.known() ? d.precision() : "",
                e.type().label(), e.subType().label(), e.actor1() == null ? "" : e.actor1().name(), e.actor1() == null ? "" : e.actor1().inter(),
                e.actor2() == null ? "" : e.actor2().name(), e.actor2() == null ? "" : e.actor2().inter(), p == null ? "" : nz(p.country()),
                p == null ? "" : nz(p.admin1()), p == null ? "" : nz(p.name()), p == null || p.lat() == null ? "" : p.lat(),
                p == null || p.lon() == null ? "" : p.lon(), p == null ? "" : p.geoPrecision(), e.fatalities() == null ? "" : e.fatalities().best(),
                e.claim().status().name().toLowerCase(), String.join("; ", e.claim().sources().stream().map(s -> s.name()).toList()),
                String.join(" | ", e.notes()));
        StringBuilder sb = new StringBuilder();
        for (Object x : v) {
            if (!sb.isEmpty()) sb.append(',');
            String s = String.valueOf(x);
            sb.append(s.matches(".*[\",\\n\\r].*") ? '"' + s.replace("\"", "\"\"") + '"' : s);
        }
        out.println(sb);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
