package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.nlp.AnnotatorOptions;

/**
 * How the pipeline is assembled. {@code allSentences}: annotate every sentence fully (geoparse and timex
 * tasks) instead of only those the first pass judges may hold an event. {@code threads}: worker threads.
 * {@code stories}: also annotate every report's lead (names, lemmas) for story linking; commands that
 * store reports need it, the others are spared its cost.
 */
public record PipelineOptions(AnnotatorOptions annotator, boolean allSentences, int threads, Path dataDir, boolean demonymsAsToponyms, boolean stories) {
    public static PipelineOptions defaults() {
        return new PipelineOptions(AnnotatorOptions.defaults(), false, Runtime.getRuntime().availableProcessors(), null, false, false);
    }

    public PipelineOptions withAllSentences(boolean all) {
        return new PipelineOptions(annotator, all, threads, dataDir, demonymsAsToponyms, stories);
    }

    public PipelineOptions withAnnotator(AnnotatorOptions a) {
        return new PipelineOptions(a, allSentences, threads, dataDir, demonymsAsToponyms, stories);
    }

    /** Gold sets such as GeoWebNews count demonyms ("Syrian") as toponyms; events never take them as places. */
    public PipelineOptions withDemonymsAsToponyms(boolean d) {
        return new PipelineOptions(annotator, allSentences, threads, dataDir, d, stories);
    }

    public PipelineOptions withThreads(int n) {
        return new PipelineOptions(annotator, allSentences, Math.max(1, n), dataDir, demonymsAsToponyms, stories);
    }

    /** Annotates each report's lead for story linking (ingest and the clusters eval store reports). */
    public PipelineOptions withStories(boolean s) {
        return new PipelineOptions(annotator, allSentences, threads, dataDir, demonymsAsToponyms, s);
    }
}
