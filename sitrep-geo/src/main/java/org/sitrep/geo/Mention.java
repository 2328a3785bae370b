package org.sitrep.geo;

import org.sitrep.model.Span;

/**
 * A candidate toponym found in the text, before resolution.
 *
 * @param cue how the text framed it: PLACE plain, NAMED after a settlement word ("the town of X"),
 *     NEAR relative to it ("east of X"), so precision 2
 * @param adminHint followed by "province", "governorate", ...: prefer the first-level region
 * @param fromEntity found by the NER tagger (otherwise only by a context cue)
 * @param demonym an adjective of a country ("Syrian"), resolved to the country
 */
record Mention(Span span, String text, int sentenceIndex, Cue cue, boolean adminHint, boolean fromEntity, boolean demonym) {
    enum Cue { PLACE, NAMED, NEAR }
}
