package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.sitrep.incident.Incident;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/** The read side of the API: incidents, events, reports, control timelines and the change feed. */
final class ReadApi {
    private final StoreAccess store;
    private final Views views;
    private final GeoJson geo;
    private final ObjectMapper json;

    ReadApi(StoreAccess store, Views views, GeoJson geo, ObjectMapper json) {
        this.store = store;
        this.views = views;
        this.geo = geo;
        this.json = json;
    }

    ResponseCache.Reply incidents(Context ctx) {
        ListRequest r = ListRequest.of(ctx);
        List<Incident> found = store.with(s -> s.incidents(r.page()));
        List<Incident> page = r.actor() == null ? found : slice(found.stream().filter(i -> i.members().stream().anyMatch(m -> hasActor(m.event(), r.actor()))).toList(), r);
        List<ObjectNode> items = new ArrayList<>();
        for (Incident i : page) items.add(views.incidentSummary(i));
        return reply(ctx, r, items);
    }

    void incident(Context ctx) {
        String id = ctx.pathParam("id");
        ObjectNode detail = store.with(s -> {
            Incident i = s.incident(id).orElseThrow(() -> ApiException.notFound("no live incident " + id + "; it may have been deleted (see /api/changes)"));
            List<String> targets = new ArrayList<>();
            targets.add(id);
            i.members().forEach(m -> targets.add(m.event().id()));
            String place = i.location() == null ? null : i.location().name();
            return views.incidentDetail(i, s.history(id), s.audit(targets), place == null ? List.of() : s.control(place));
        });
        ctx.json(detail);
    }

    ResponseCache.Reply events(Context ctx) {
        ListRequest r = ListRequest.of(ctx);
        List<Event> found = store.with(s -> s.events(r.page()));
        List<Event> page = r.actor() == null ? found : slice(found.stream().filter(e -> hasActor(e, r.actor())).toList(), r);
        var rejected = store.with(s -> s.rejected(page.stream().map(Event::id).toList()));
        List<ObjectNode> items = new ArrayList<>();
        for (Event e : page) items.add(views.event(e, rejected.contains(e.id())));
        return reply(ctx, r, items);
    }

    void event(Context ctx) {
        String id = ctx.pathParam("id");
        ObjectNode o = store.with(s -> {
            Event e = s.event(id).orElseThrow(() -> ApiException.notFound("no event " + id));
            boolean rejected = s.rejected(List.of(id)).contains(id);
            ObjectNode out = json.createObjectNode();
            out.set("event", views.event(e, rejected));
            out.set("original", views.event(s.original(id).orElse(e), false));
            out.set("audit", views.audit(s.audit(List.of(id))));
            return out;
        });
        ctx.json(o);
    }

    void report(Context ctx) {
        String id = ctx.pathParam("id");
        ObjectNode o = store.with(s -> {
            Report r = s.report(id).orElseThrow(() -> ApiException.notFound("no report " + id));
            List<Event> events = s.reportEvents(id);
            return views.report(r, events, s.rejected(events.stream().map(Event::id).toList()), s.leftOut(id));
        });
        ctx.json(o);
    }

    void control(Context ctx) {
        String place = ctx.pathParam("place");
        if (place.isBlank() || place.length() > 200) throw ApiException.badRequest("name a place (or a GeoNames id) of at most 200 characters");
        ObjectNode o = json.createObjectNode();
        o.put("place", place);
        o.set("periods", views.control(store.with(s -> s.control(place))));
        ctx.json(o);
    }

    void changes(Context ctx) {
        String since = ListRequest.param(ctx, "since");
        Instant from = since == null ? null : instant(since);
        ObjectNode o = json.createObjectNode();
        Instant now = Instant.now();
        ArrayNode changes = views.changes(store.with(s -> s.changes(from)));
        o.put("since", from == null ? null : from.toString());
        o.put("now", now.toString());
        o.set("changes", changes);
        ctx.json(o);
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw ApiException.badRequest("since must be an instant such as 2017-11-13T08:00:00Z or a date YYYY-MM-DD, not '" + value + "'");
            }
        }
    }

    private ResponseCache.Reply reply(Context ctx, ListRequest r, List<ObjectNode> items) {
        if (r.geojson()) return new ResponseCache.Reply("application/geo+json", write(geo.features(items)));
        ObjectNode o = json.createObjectNode();
        o.put("limit", r.limit());
        o.put("offset", r.offset());
        o.put("count", items.size());
        o.put("next", items.size() < r.limit() ? null : nextUrl(ctx, r));
        ArrayNode a = o.putArray("items");
        items.forEach(a::add);
        return new ResponseCache.Reply("application/json", write(o));
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nextUrl(Context ctx, ListRequest r) {
        StringBuilder b = new StringBuilder(ctx.path()).append("?");
        ctx.queryParamMap().forEach((k, v) -> {
            if (!k.equals("offset")) v.forEach(x -> b.append(k).append('=').append(java.net.URLEncoder.encode(x, java.nio.charset.StandardCharsets.UTF_8)).append('&'));
        });
        return b.append("offset=").append(r.offset() + r.limit()).toString();
    }

    private static <T> List<T> slice(List<T> all, ListRequest r) {
        if (r.offset() >= all.size()) return List.of();
        return all.subList(r.offset(), Math.min(all.size(), r.offset() + r.limit()));
    }

    private static boolean hasActor(Event e, String actor) {
        String needle = actor.toLowerCase(Locale.ROOT);
        Predicate<Actor> match = a -> a != null && a.name().toLowerCase(Locale.ROOT).contains(needle);
        return match.test(e.actor1()) || match.test(e.actor2()) || e.associated().stream().anyMatch(match);
    }
}
