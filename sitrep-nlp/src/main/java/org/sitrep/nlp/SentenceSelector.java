package org.sitrep.nlp;

import org.sitrep.model.Sentence;

/**
 * The cheap first pass: which sentences deserve the costly annotators (NER, time tagging, parse).
 * Sentences it rejects keep their tokens but carry no entities.
 */
@FunctionalInterface
public interface SentenceSelector {
    boolean needsFullAnnotation(Sentence sentence);

    static SentenceSelector all() {
        return s -> true;
    }
}
