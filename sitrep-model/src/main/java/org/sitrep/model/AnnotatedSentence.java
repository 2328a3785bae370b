package org.sitrep.model;

import java.util.List;

/**
 * A sentence with its annotations. {@code full} is false when the cheap first pass judged the sentence
 * to hold no event and the costly annotators (NER, parse) were skipped: tokens then carry no NER tags.
 * {@code timexes} are the recognizer's raw time expressions (SUTime values, {@code resolved} null);
 * sitrep-time normalizes them.
 */
public record AnnotatedSentence(
        Sentence sentence,
        List<Token> tokens,
        List<EntityMention> entities,
        List<Dependency> dependencies,
        List<TimeExpression> timexes,
        boolean full) {
    public AnnotatedSentence {
        tokens = List.copyOf(tokens);
        timexes = timexes == null ? List.of() : List.copyOf(timexes);
        entities = List.copyOf(entities);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }

    public int index() {
        return sentence.index();
    }

    public String text() {
        return sentence.text();
    }
}
