package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.model.SitrepException;
import org.sitrep.server.ServerOptions;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.EventStore;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** sitrep serve: the REST API and the dashboard over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the REST API (/api, described at /api/openapi.json) and the dashboard (/) over the store.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", description = "JDBC URL: jdbc:duckdb:FILE (default sitrep.duckdb) or jdbc:postgresql://HOST:PORT/DB.")
    String db;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--tokens", paramLabel = "FILE", description = "Analysts allowed to edit: one 'NAME TOKEN' a line. Without it, edits are refused.")
    Path tokens;

    @Option(names = "--cache-ms", defaultValue = "2000", description = "Reuse list answers this long (default ${DEFAULT-VALUE}; 0 = never). This server's own writes drop them at once.")
    long cacheMillis;

    @Option(names = "--threads", description = "Worker threads for submitted reports (default: all cores).")
    Integer threads;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> analysts = tokens == null ? Map.of() : new AnalystTokens().read(tokens);
        ServerOptions options;
        try {
            options = new ServerOptions(host, port, analysts, ServerOptions.DEFAULT_MAX_BODY, cacheMillis);
        } catch (IllegalArgumentException e) {
            throw new SitrepException(SitrepException.Category.CONFIGURATION, e.getMessage(), e);
        }
        // submitted reports are stored as ingest stores them: with their lead annotated for story linking
        PipelineOptions base = PipelineOptions.defaults().withStories(true);
        PipelineOptions pipeline = threads == null ? base : base.withThreads(threads);
        CountDownLatch stopped = new CountDownLatch(1);
        try (EventStore store = Stores.open(db); PipelineProcessor processor = new PipelineProcessor(pipeline);
             SitrepServer server = new SitrepServer(store, processor, options)) {
            int bound = server.start();
            out.printf("sitrep: dashboard at http://%s:%d/ , API at /api (OpenAPI: /api/openapi.json); %d analyst token(s); Ctrl-C stops%n",
                    host, bound, analysts.size());
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }
}
