package org.sitrep.cli;

import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.server.ReportProcessor;

/** The server's ReportProcessor backed by the Pipeline; the models load on the first submitted report, not at start. */
final class PipelineProcessor implements ReportProcessor, AutoCloseable {
    private final PipelineOptions options;
    private Pipeline pipeline;

    PipelineProcessor(PipelineOptions options) {
        this.options = options;
    }

    @Override
    public List<Event> process(Report report) {
        return pipeline().process(report).events();
    }

    @Override
    public Coded code(Report report) {
        ReportResult r = pipeline().process(report);
        return new Coded(r.events(), r.story(), r.leftOut());
    }

    private synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = new Pipeline(options);
        return pipeline;
    }

    @Override
    public synchronized void close() {
        if (pipeline != null) pipeline.close();
    }
}
