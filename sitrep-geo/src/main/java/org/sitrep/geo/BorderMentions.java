package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Borders between two countries named by their adjectives or names, for the event geoparse. */
final class BorderMentions {
    private BorderMentions() {}

    private static final Set<String> BORDER_WORDS = Set.of("border", "borders", "frontier");

    /**
     * "near the Iraqi-Syrian border", "along the Syria-Turkey frontier": a border between two countries is where an
     * act happened though it has no point of its own; the resolver leaves it unresolved (events then fall back to
     * the report's place), and the event's location words name it. Event mode only: the full geoparse reports
     * the two adjectives themselves.
     */
    static List<Mention> in(AnnotatedSentence s, List<Token> tokens, Predicate<String> country) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            int end = -1;
            String w = tokens.get(i).word();
            int dash = w.indexOf('-');
            if (dash > 0 && country.test(w.substring(0, dash)) && country.test(w.substring(dash + 1)) && border(tokens.get(i + 1))) {
                end = i + 2;
            } else if (i + 3 < tokens.size() && country.test(w) && tokens.get(i + 1).word().equals("-") && country.test(tokens.get(i + 2).word())
                    && border(tokens.get(i + 3))) {
                end = i + 4;
            }
            if (end < 0) continue;
            Span span = new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
            found.add(new Mention(span, ToponymFinder.joined(tokens, i, end), s.index(), Mention.Cue.PLACE, false, false, false, false));
            i = end - 1;
        }
        return found;
    }

    private static boolean border(Token t) {
        return BORDER_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
    }
}
