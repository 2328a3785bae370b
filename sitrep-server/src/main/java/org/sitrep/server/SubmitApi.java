package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.model.LeftOut;
import org.sitrep.model.Report;
import org.sitrep.model.SitrepException;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreResult;

/**
 * POST /api/reports: one report as JSON, several as JSON Lines, or plain text with ?published=.
 * Each is coded by the ReportProcessor (outside the store lock) and stored; the answer lists its events and the candidate
 * acts left out of them.
 */
final class SubmitApi {
    static final int MAX_REPORTS = 100;
    private static final Set<String> FIELDS = Set.of("id", "title", "text", "published", "source", "url");
    private final StoreAccess store;
    private final ReportProcessor processor;
    private final Views views;
    private final ObjectMapper json;
    private final Runnable onWrite;

    SubmitApi(StoreAccess store, ReportProcessor processor, Views views, ObjectMapper json, Runnable onWrite) {
        this.store = store;
        this.processor = processor;
        this.views = views;
        this.json = json;
        this.onWrite = onWrite;
    }

    void submit(Context ctx) {
        List<Report> reports = read(ctx);
        ArrayNode out = json.createArrayNode();
        for (Report r : reports) {
            ReportProcessor.Coded coded;
            try {
                coded = processor.code(r);
            } catch (SitrepException e) {
                throw new ApiException(422, "report " + r.id() + " could not be coded: " + e.getMessage());
            }
            ObjectNode o = store.with(s -> {
                StoreResult stored = s.store(r, coded.events(), coded.story() == null ? EventStore.ownStory(r) : coded.story(), coded.leftOut());
                List<Event> kept = s.reportEvents(stored.reportId());
                ObjectNode node = json.createObjectNode();
                node.put("id", stored.reportId());
                node.put("already_stored", stored.alreadyStored());
                node.set("events", views.events(kept, s.rejected(kept.stream().map(Event::id).toList())));
                node.set("created_incidents", json.valueToTree(stored.createdIncidents()));
                node.set("revised_incidents", json.valueToTree(stored.revisedIncidents()));
                // what the coder read and did not code, with why (as `sitrep extract` prints it)
                node.set("left_out", json.valueToTree(coded.leftOut().stream().map(LeftOut::fields).toList()));
                return node;
            });
            out.add(o);
        }
        onWrite.run();
        ObjectNode body = json.createObjectNode();
        body.set("reports", out);
        ctx.status(201).json(body);
    }

    private List<Report> read(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
        String body = ctx.body();
        if (body.isBlank()) throw ApiException.badRequest("the body is empty: send a report as JSON {\"text\": ..., \"published\": \"YYYY-MM-DD\"}, JSON Lines, or plain text");
        List<Report> out = new ArrayList<>();
        if (type.startsWith("text/plain")) {
            out.add(report(ListRequest.param(ctx, "id"), ListRequest.param(ctx, "title"), body, ListRequest.date(ctx, "published"),
                    ListRequest.param(ctx, "source"), null));
        } else if (type.contains("ndjson") || type.contains("jsonl")) {
            String[] lines = body.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) continue;
                out.add(fromJson(parse(lines[i], "line " + (i + 1)), "line " + (i + 1)));
            }
        } else if (type.startsWith("application/json")) {
            out.add(fromJson(parse(body, "the body"), "the body"));
        } else {
            throw new ApiException(415, "send Content-Type application/json, application/x-ndjson or text/plain, not '" + type + "'");
        }
        if (out.isEmpty()) throw ApiException.badRequest("no report in the body");
        if (out.size() > MAX_REPORTS) throw ApiException.badRequest("at most " + MAX_REPORTS + " reports per request; split the file");
        return out;
    }

    private JsonNode parse(String text, String where) {
        try {
            JsonNode n = json.readTree(text);
            if (n == null || !n.isObject()) throw ApiException.badRequest(where + " must be a JSON object with a text field");
            return n;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(where + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private Report fromJson(JsonNode n, String where) {
        for (Iterator<String> names = n.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) throw ApiException.badRequest(where + ": unknown field '" + name + "'; known: " + String.join(", ", FIELDS.stream().sorted().toList()));
        }
        if (!n.path("text").isTextual() || n.get("text").asText().isBlank()) throw ApiException.badRequest(where + ": text is missing or empty");
        LocalDate published = null;
        if (n.hasNonNull("published")) {
            try {
                published = LocalDate.parse(n.get("published").asText().strip());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest(where + ": published must be YYYY-MM-DD, not '" + n.get("published").asText() + "'");
            }
        }
        return report(str(n, "id"), str(n, "title"), n.get("text").asText(), published, str(n, "source"), str(n, "url"));
    }

    private static String str(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static Report report(String id, String title, String text, LocalDate published, String source, String url) {
        if (id != null && !id.matches("[A-Za-z0-9._:-]{1,100}")) throw ApiException.badRequest("report id may hold letters, digits and . _ : - (at most 100), not '" + id + "'");
        String reportId = id != null ? id : "api-" + digest(text).substring(0, 16);
        return new Report(reportId, title, text, published, source, url, null, List.of(), "api");
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
