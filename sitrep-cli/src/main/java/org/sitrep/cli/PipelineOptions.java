package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.nlp.AnnotatorOptions;

/**
 * How the pipeline is assembled. {@code allSentences}: annotate every sentence fully (geoparse and timex
 * tasks) instead of only those the first pass judges may hold an event. {@code threads}: worker threads.
 */
public record PipelineOptions(AnnotatorOptions annotator, boolean allSentences, int threads, Path dataDir, boolean demonymsAsToponyms) {
    public static PipelineOptions defaults() {
        return new PipelineOptions(AnnotatorOptions.defaults(), false, Runtime.getRuntime().availableProcessors(), null, false);
    }

    public PipelineOptions withAllSentences(boolean all) {
        return new PipelineOptions(annotator, all, threads, dataDir, demonymsAsToponyms);
    }

    public PipelineOptions withAnnotator(AnnotatorOptions a) {
        return new PipelineOptions(a, allSentences, threads, dataDir, demonymsAsToponyms);
    }

    /** Gold sets such as GeoWebNews count demonyms ("Syrian") as toponyms; events never take them as places. */
    public PipelineOptions withDemonymsAsToponyms(boolean d) {
        return new PipelineOptions(annotator, allSentences, threads, dataDir, d);
    }

    public PipelineOptions withThreads(int n) {
        return new PipelineOptions(annotator, allSentences, Math.max(1, n), dataDir, demonymsAsToponyms);
    }
}
