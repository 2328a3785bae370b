package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.sitrep.model.SitrepException;
import org.sitrep.store.EventStore;

/**
 * The REST API and the dashboard on one Javalin server. Every response carries a strict
 * Content-Security-Policy: scripts, styles, data and images only from this server, no inline script,
 * so article text that holds markup can never run even if a view forgot to escape it.
 */
public final class SitrepServer implements AutoCloseable {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin");
    private final Javalin app;
    private final ServerOptions options;

    public SitrepServer(EventStore store, ReportProcessor processor, ServerOptions options) {
        this.options = options;
        ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        StoreAccess access = new StoreAccess(store);
        Views views = new Views(json);
        Metrics metrics = new Metrics();
        ReadApi read = new ReadApi(access, views, new GeoJson(json), json);
        ResponseCache cache = new ResponseCache(options.cacheMillis());
        ReviewApi review = new ReviewApi(access, views, new Analysts(options.analysts()), json, cache::invalidate);
        SubmitApi submit = new SubmitApi(access, processor, views, json, cache::invalidate);
        String openApi = resource("/openapi.json");
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = options.maxBodyBytes();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
        });
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        route(metrics, HandlerType.GET, "/api/incidents", ctx -> send(ctx, cache.get(key(ctx), () -> read.incidents(ctx))));
        route(metrics, HandlerType.GET, "/api/incidents/{id}", read::incident);
        route(metrics, HandlerType.PATCH, "/api/incidents/{id}", review::patchIncident);
        route(metrics, HandlerType.GET, "/api/events", ctx -> send(ctx, cache.get(key(ctx), () -> read.events(ctx))));
        route(metrics, HandlerType.GET, "/api/events/{id}", read::event);
        route(metrics, HandlerType.PATCH, "/api/events/{id}", review::patchEvent);
        route(metrics, HandlerType.GET, "/api/reports/{id}", read::report);
        route(metrics, HandlerType.POST, "/api/reports", submit::submit);
        route(metrics, HandlerType.GET, "/api/control/{place}", read::control);
        route(metrics, HandlerType.GET, "/api/changes", read::changes);
        route(metrics, HandlerType.GET, "/api/health", ctx -> ctx.json(Map.of("status", "ok", "store", access.with(EventStore::stats))));
        route(metrics, HandlerType.GET, "/api/metrics", ctx -> ctx.json(metrics.toJson(json)));
        route(metrics, HandlerType.GET, "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(SitrepException.class, (e, ctx) -> error(ctx, e.category() == SitrepException.Category.INPUT ? 400 : 500, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) error(ctx, 404, "no such endpoint " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json");
        });
        app.error(405, ctx -> error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path() + "; see /api/openapi.json"));
        app.error(413, ctx -> error(ctx, 413, "the body is larger than " + options.maxBodyBytes() + " bytes"));
    }

    private void route(Metrics metrics, HandlerType method, String path, Handler handler) {
        app.addHttpHandler(method, path, ctx -> {
            long t0 = System.nanoTime();
            try {
                handler.handle(ctx);
            } finally {
                // Exceptions are mapped to their status after this block, so count them by kind here.
                metrics.record(method + " " + path, ctx.status().getCode(), System.nanoTime() - t0);
            }
        });
    }

    private static String key(Context ctx) {
        return ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
    }

    private static void send(Context ctx, ResponseCache.Reply reply) {
        ctx.contentType(reply.contentType()).result(reply.body());
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message, "status", status));
    }

    /** Starts listening; returns the port (useful when the options asked for port 0). */
    public int start() {
        app.start(options.host(), options.port());
        return app.port();
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static String resource(String name) {
        try (InputStream in = SitrepServer.class.getResourceAsStream(name)) {
            if (in == null) throw new SitrepException(SitrepException.Category.INTERNAL, "missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SitrepException(SitrepException.Category.INTERNAL, "cannot read " + name, e);
        }
    }
}
