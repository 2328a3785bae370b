package org.sitrep.nlp;

/**
 * How the annotator runs. {@code casing}: AUTO truecases lowercased or all-caps input only.
 * {@code timeTagging}: SUTime costs most of NER's time, so by default it runs only on sentences with a
 * time cue. {@code parse}: dependency parse of the fully annotated sentences.
 */
public record AnnotatorOptions(Casing casing, TimeTagging timeTagging, boolean parse) {
    public enum Casing { AUTO, ALWAYS, NEVER }

    public enum TimeTagging { NONE, CUED, ALL }

    public static AnnotatorOptions defaults() {
        return new AnnotatorOptions(Casing.AUTO, TimeTagging.CUED, false);
    }

    public AnnotatorOptions withTimeTagging(TimeTagging t) {
        return new AnnotatorOptions(casing, t, parse);
    }

    public AnnotatorOptions withParse(boolean p) {
        return new AnnotatorOptions(casing, timeTagging, p);
    }
}
