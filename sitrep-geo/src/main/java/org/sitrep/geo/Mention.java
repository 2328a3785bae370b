package org.sitrep.geo;

import org.sitrep.model.Span;

/**
 * A candidate toponym found in the text, before resolution.
 *
 * @param cue how the text framed it: PLACE plain, NAMED after a settlement word ("the town of X"),
 *     NEAR relative to it ("east of X"), so precision 2; IN_NAME inside another name ("Air Canada")
 * @param adminHint followed by "province", "governorate", ...: prefer the first-level region
 * @param fromEntity found by the NER tagger (otherwise only by a context cue)
 * @param demonym an adjective of a country ("Syrian"), resolved to the country
 * @param weak tagged as a person but named like a place: kept only if it resolves exactly to a
 *     populated place in the article's main country
 */
record Mention(Span span, String text, int sentenceIndex, Cue cue, boolean adminHint, boolean fromEntity, boolean demonym, boolean weak) {
    enum Cue { PLACE, NAMED, NEAR, IN_NAME }

    /** What kind of toponym this mention makes (see {@link org.sitrep.model.Toponym#role()}). */
    String role() {
        return demonym ? org.sitrep.model.Toponym.DEMONYM : cue == Cue.IN_NAME ? org.sitrep.model.Toponym.IN_NAME : org.sitrep.model.Toponym.PLACE;
    }

    /** An adjective of a country or continent ("Syrian", "North Korean", "anti-Russian"), in a name or on its own. */
    static Mention adjective(Span span, String text, int sentenceIndex, boolean inName) {
        return new Mention(span, text, sentenceIndex, inName ? Cue.IN_NAME : Cue.PLACE, false, false, true, false);
    }

    Mention asWeak() {
        return new Mention(span, text, sentenceIndex, cue, adminHint, fromEntity, demonym, true);
    }

    Mention withCue(Cue newCue) {
        return new Mention(span, text, sentenceIndex, newCue, adminHint, fromEntity, demonym, weak);
    }
}
