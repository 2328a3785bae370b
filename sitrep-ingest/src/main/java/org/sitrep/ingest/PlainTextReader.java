package org.sitrep.ingest;

import java.util.List;

/** Plain text is one report, kept exactly as given; tokenized one-sentence-a-line text keeps its breaks. */
final class PlainTextReader implements ReportReader {
    private final TokenizedLineDetector lines;
    private final ReportFinisher finisher;

    PlainTextReader(TokenizedLineDetector lines, ReportFinisher finisher) {
        this.lines = lines;
        this.finisher = finisher;
    }

    @Override
    public List<ReadResult> read(LoadedInput input) {
        String text = input.text();
        return List.of(finisher.finish(ReportDraft.ofText(text, lines.sentenceBreaks(text), input.name())));
    }
}
