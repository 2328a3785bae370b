package org.sitrep.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.sitrep.model.SitrepException;

/**
 * The entry point of ingest: turns the user's inputs (files, folders, "-" for standard input) into
 * reports. Each bad input or record becomes a {@link ReadResult.Failed} and reading goes on, so one
 * broken file never costs the rest. Inputs are read lazily, one file at a time, in the order given.
 */
public final class ReportSource {
    private final InputExpander expander;
    private final InputLoader loader;
    private final FormatSniffer sniffer;
    private final Map<InputFormat, ReportReader> readers;

    public ReportSource(IngestOptions options) {
        this(options, () -> System.in);
    }

    /** {@code standardInput} is what "-" reads; tests hand in their own bytes. */
    ReportSource(IngestOptions options, Supplier<InputStream> standardInput) {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        PublishedDateParser dates = new PublishedDateParser();
        HtmlText html = new HtmlText();
        TokenizedLineDetector lines = new TokenizedLineDetector();
        ReportFinisher finisher = new ReportFinisher(options.published(), new DatelineDetector(), new EnglishCheck(), new ContentHashId());
        this.expander = new InputExpander();
        this.loader = new InputLoader(options.maxBytes(), standardInput, new TextDecoder());
        this.sniffer = new FormatSniffer();
        this.readers = Map.of(
                InputFormat.TEXT, new PlainTextReader(lines, finisher),
                InputFormat.HTML, new HtmlReader(new HtmlPublishedDate(dates, json), html, finisher),
                InputFormat.JSON_LINES, new JsonLinesReader(json, dates, lines, finisher),
                InputFormat.FEED, new FeedReader(dates, html, finisher));
    }

    public Stream<ReadResult> read(List<String> inputs) {
        return inputs.stream().flatMap(this::readInput);
    }

    private Stream<ReadResult> readInput(String input) {
        List<String> files;
        try {
            files = expander.expand(input);
        } catch (SitrepException e) {
            return Stream.of(new ReadResult.Failed(input, e.getMessage()));
        }
        return files.stream().flatMap(this::readFile);
    }

    private Stream<ReadResult> readFile(String file) {
        String name = InputLoader.STANDARD_INPUT.equals(file) ? "standard input" : file;
        try {
            LoadedInput input = loader.load(file);
            return readers.get(sniffer.sniff(input)).read(input).stream();
        } catch (SitrepException e) {
            return Stream.of(new ReadResult.Failed(name, e.getMessage()));
        } catch (RuntimeException e) {
            // A parser bug on one odd file must not end the whole run; say which file and what happened.
            return Stream.of(new ReadResult.Failed(name, name + " could not be read (" + e + ")."));
        }
    }
}
