package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.sitrep.incident.Incident;
import org.sitrep.model.Event;

/** Analyst review: PATCH an event or an incident with a bearer token; the store writes the audit log. */
final class ReviewApi {
    private final StoreAccess store;
    private final Views views;
    private final Analysts analysts;
    private final ObjectMapper json;
    private final Runnable onWrite;

    ReviewApi(StoreAccess store, Views views, Analysts analysts, ObjectMapper json, Runnable onWrite) {
        this.store = store;
        this.views = views;
        this.analysts = analysts;
        this.json = json;
        this.onWrite = onWrite;
    }

    void patchEvent(Context ctx) {
        String who = analysts.require(ctx);
        String id = ctx.pathParam("id");
        EditRequest r = EditRequest.parse(json, ctx.body(), false);
        ObjectNode out = store.with(s -> {
            if (s.event(id).isEmpty()) throw ApiException.notFound("no event " + id);
            if (r.reject()) s.reject(id, who, r.why());
            else s.edit(id, r.edit(), who, r.why());
            Event now = s.event(id).orElseThrow();
            ObjectNode o = json.createObjectNode();
            o.set("event", views.event(now, s.rejected(List.of(id)).contains(id)));
            o.set("audit", views.audit(s.audit(List.of(id))));
            return o;
        });
        onWrite.run();
        ctx.json(out);
    }

    void patchIncident(Context ctx) {
        String who = analysts.require(ctx);
        String id = ctx.pathParam("id");
        EditRequest r = EditRequest.parse(json, ctx.body(), true);
        ObjectNode out = store.with(s -> {
            Incident current = s.incident(id).orElseThrow(() -> ApiException.notFound("no live incident " + id));
            ObjectNode o = json.createObjectNode();
            try {
                if (r.merge() != null) {
                    if (s.incident(r.merge()).isEmpty()) throw ApiException.notFound("no live incident " + r.merge() + " to merge");
                    o.set("incident", views.incidentSummary(s.merge(id, r.merge(), who, r.why())));
                } else if (!r.split().isEmpty()) {
                    var members = current.members().stream().map(m -> m.event().id()).toList();
                    for (String e : r.split()) if (!members.contains(e)) throw ApiException.badRequest("event " + e + " is not in incident " + id);
                    Incident moved = s.split(id, r.split(), who, r.why());
                    var a = o.putArray("incidents");
                    s.incident(id).ifPresent(p -> a.add(views.incidentSummary(p)));
                    a.add(views.incidentSummary(moved));
                } else if (r.reject()) {
                    for (Incident.Member m : current.members()) s.reject(m.event().id(), who, r.why());
                    o.put("deleted", true);
                } else {
                    o.set("incident", views.incidentSummary(s.editIncident(id, r.edit(), who, r.why())));
                }
            } catch (UnsupportedOperationException e) {
                throw new ApiException(501, e.getMessage() + "; the other review actions work");
            }
            var targets = new java.util.ArrayList<String>();
            targets.add(id);
            current.members().forEach(m -> targets.add(m.event().id()));
            o.set("audit", views.audit(s.audit(targets)));
            return o;
        });
        onWrite.run();
        ctx.json(out);
    }
}
