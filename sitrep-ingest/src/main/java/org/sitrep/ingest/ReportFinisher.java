package org.sitrep.ingest;

import java.time.LocalDate;
import org.sitrep.model.Report;
import org.sitrep.model.Report.Dateline;

/**
 * The steps every reader shares: refuse text that is clearly not English, give an id (the record's,
 * else a content hash), find the dateline, and apply the --published override, which wins over any
 * date the input carries because the user asked for it. A dateline's agency stands in as the source
 * when the input names none, and a date line in the text's head ({@link HeadDate}) for a publication date.
 */
final class ReportFinisher {
    private final LocalDate publishedOverride;
    private final DatelineDetector datelines;
    private final EnglishCheck english;
    private final ContentHashId ids;

    ReportFinisher(LocalDate publishedOverride, DatelineDetector datelines, EnglishCheck english, ContentHashId ids) {
        this.publishedOverride = publishedOverride;
        this.datelines = datelines;
        this.english = english;
        this.ids = ids;
    }

    ReadResult finish(ReportDraft draft) {
        if (english.clearlyNotEnglish(draft.text())) {
            return new ReadResult.Failed(draft.origin(), draft.origin() + " is not English (sitrep reads English reports).");
        }
        String id = draft.id() != null && !draft.id().isBlank() ? draft.id().strip() : ids.idFor(draft.text());
        Dateline dateline = datelines.detect(draft.text()).orElse(null);
        LocalDate published = publishedOverride != null ? publishedOverride : draft.published();
        // no date given: the date line pasted copy keeps in its head ("Published: March 13, 2013")
        if (published == null) published = HeadDate.in(draft.text()).orElse(null);
        String source = draft.source() != null ? draft.source() : dateline == null ? null : dateline.agency();
        return new ReadResult.Read(new Report(id, draft.title(), draft.text(), published, source, draft.url(),
                dateline, draft.sentenceBreaks(), draft.origin()));
    }
}
