package org.sitrep.nlp;

import org.sitrep.model.Sentence;

/**
 * The cheap first pass: which sentences deserve the costly annotators (NER, time tagging, parse).
 * Sentences it rejects keep their tokens but carry no entities.
 */
@FunctionalInterface
public interface SentenceSelector {
    boolean needsFullAnnotation(Sentence sentence);

    /**
     * Whether a fully annotated sentence also deserves time tagging (SUTime, the costliest part), when
     * its text has a time cue. By default every fully annotated sentence does; a selector that annotates
     * some sentences only for their names (a report's lead, for story linking) can spare them.
     */
    default boolean needsTimeTagging(Sentence sentence) {
        return true;
    }

    static SentenceSelector all() {
        return s -> true;
    }
}
