package org.sitrep.cli;

import org.sitrep.extract.EventExtractor;
import org.sitrep.incident.StoryFeatureExtractor;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Sentence;
import org.sitrep.nlp.SentenceSelector;

/**
 * The pipeline's first pass: sentences that may hold an event get every annotator; the lead (the first
 * {@link StoryFeatureExtractor#LEAD_SENTENCES}) gets NER and lemmas too, since story linking needs the
 * names and words with which it names the happening, but no time tagging, which only events need.
 */
final class LeadAndEventSentences implements SentenceSelector {
    private final EventExtractor extractor;

    LeadAndEventSentences(EventExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public boolean needsFullAnnotation(Sentence sentence) {
        // heading lines (a headline, a date line) above the lead do not count among its sentences
        return sentence.index() < StoryFeatureExtractor.LEAD_SENTENCES + AnnotatedReport.MAX_HEADING_LINES || extractor.mayHoldEvent(sentence.text());
    }

    @Override
    public boolean needsTimeTagging(Sentence sentence) {
        return extractor.mayHoldEvent(sentence.text());
    }
}
