package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.extract.ActorDictionary;
import org.sitrep.extract.CapitalPlaces;
import org.sitrep.extract.EventExtractor;
import org.sitrep.extract.Extraction;
import org.sitrep.extract.TriggerFinder;
import org.sitrep.geo.GeoData;
import org.sitrep.geo.Geoparser;
import org.sitrep.geo.LuceneGazetteer;
import org.sitrep.incident.StoryFeatureExtractor;
import org.sitrep.incident.StoryFeatures;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Report;
import org.sitrep.model.SitrepException;
import org.sitrep.model.Toponym;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.SentenceSelector;
import org.sitrep.time.TimeResolver;

/**
 * The one pipeline every adapter (CLI, eval, bench, later the server) runs: annotate → places → events,
 * and the report's story features.
 * Models load once; reports are processed on a pool of worker threads sharing the stages.
 */
public final class Pipeline implements AutoCloseable {
    private final PipelineOptions options;
    private final CoreNlpAnnotator annotator;
    private final LuceneGazetteer gazetteer;
    private final Geoparser geoparser;
    private final TimeResolver time;
    private final EventExtractor extractor;
    private final SentenceSelector selector;
    private final StoryFeatureExtractor storyFeatures = new StoryFeatureExtractor();
    private final long loadNanos;

    public Pipeline(PipelineOptions options) {
        long t0 = System.nanoTime();
        this.options = options;
        this.annotator = new CoreNlpAnnotator(options.annotator());
        Path data = options.dataDir() != null ? options.dataDir() : GeoData.locate();
        this.gazetteer = LuceneGazetteer.open(data);
        this.geoparser = new Geoparser(gazetteer, new Geoparser.Options(options.demonymsAsToponyms()));
        this.time = new TimeResolver();
        ActorDictionary dictionary = ActorDictionary.standard();
        this.extractor = new EventExtractor(new TriggerFinder(), dictionary, time::eventDate,
                new CapitalPlaces(country -> gazetteer.capitalOf(country).map(e -> e.asPlace(1)), dictionary));
        this.selector = options.allSentences() ? SentenceSelector.all()
                : options.stories() ? new LeadAndEventSentences(extractor) : s -> extractor.mayHoldEvent(s.text());
        this.loadNanos = System.nanoTime() - t0;
    }

    public long loadNanos() {
        return loadNanos;
    }

    public EventExtractor extractor() {
        return extractor;
    }

    public TimeResolver timeResolver() {
        return time;
    }

    public ReportResult process(Report report) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        long t = System.nanoTime();
        AnnotatedReport annotated = annotator.annotate(report, selector);
        nanos.put("annotate", System.nanoTime() - t);
        t = System.nanoTime();
        List<Toponym> toponyms = geoparser.parse(annotated);
        nanos.put("geoparse", System.nanoTime() - t);
        t = System.nanoTime();
        Extraction extraction = extractor.extractWithReasons(annotated, toponyms);
        nanos.put("extract", System.nanoTime() - t);
        t = System.nanoTime();
        StoryFeatures story = storyFeatures.extract(annotated, toponyms);
        nanos.put("story", System.nanoTime() - t);
        return new ReportResult(annotated, toponyms, extraction.events(), extraction.leftOut(), story, nanos);
    }

    /** Processes reports on the worker pool; results come back in input order. A failing report gives null. */
    public List<ReportResult> processAll(List<Report> reports, Consumer<String> onError, Runnable onDone) {
        List<ReportResult> out = new ArrayList<>();
        processEach(reports, onError, onDone, out::add);
        return out;
    }

    /**
     * As {@link #processAll}, but hands each result (null for a failing report) to {@code sink} in input
     * order as soon as it and those before it are done, so a long ingest stores reports as it goes and a
     * crash loses only the reports not yet handed over.
     */
    public void processEach(List<Report> reports, Consumer<String> onError, Runnable onDone, Consumer<ReportResult> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<ReportResult>> futures = new ArrayList<>();
            for (Report r : reports) {
                futures.add(pool.submit(() -> {
                    try {
                        return process(r);
                    } finally {
                        onDone.run();
                    }
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                ReportResult result;
                try {
                    result = futures.get(i).get();
                } catch (ExecutionException e) {
                    onError.accept(reports.get(i).origin() + " (" + reports.get(i).id() + "): " + e.getCause());
                    result = null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SitrepException(SitrepException.Category.INTERNAL, "interrupted", e);
                }
                futures.set(i, null); // let the finished report be collected once it is handed over
                sink.accept(result);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        gazetteer.close();
    }
}
