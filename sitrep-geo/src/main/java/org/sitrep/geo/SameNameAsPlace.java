package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One sense per article: once a name is a place in a report ("rebels in Douma"), its other mentions are that place
 * too, though the tagger took them for a person or an organization and no cue stands before them ("Douma's fall",
 * "Douma is surrounded"), as long as it is told as a place at least as often as not. Not when the name is part of a person's full name in the same report ("Washington" beside
 * "George Washington"), nor when the place mention itself was only a weak guess.
 */
final class SameNameAsPlace {
    private SameNameAsPlace() {}

    /** {@code known}: the gazetteer has the name exactly (a name found once after a cue but known nowhere spreads no guess). */
    static List<Mention> more(List<Mention> found, List<Mention> notTaken, Set<String> personWords, java.util.function.Predicate<String> known) {
        Map<String, Integer> places = new HashMap<>();
        for (Mention m : found) {
            if (!m.weak() && !m.demonym() && m.cue() != Mention.Cue.IN_NAME) places.merge(key(m.text()), 1, Integer::sum);
        }
        Map<String, Integer> others = new HashMap<>();
        for (Mention m : notTaken) others.merge(key(m.text()), 1, Integer::sum);
        List<Mention> out = new ArrayList<>();
        for (Mention m : notTaken) {
            String k = key(m.text());
            // a name told mostly as someone's ("said Noma" ten times, "in Noma's case" once) stays a name
            if (places.getOrDefault(k, 0) < others.get(k) || personWords.contains(k) || !known.test(m.text())) continue;
            if (found.stream().anyMatch(f -> f.span().overlaps(m.span())) || out.stream().anyMatch(f -> f.span().overlaps(m.span()))) continue;
            out.add(m);
        }
        return out;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).strip();
    }

    private static final java.util.regex.Pattern POSSESSIVE_AFTER = java.util.regex.Pattern.compile("^\\s?['’]");
    private static final java.util.regex.Pattern LOCATIVE_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(in|at|near|outside|into|across|around|from|(?<!according )to|of)\\s+(the\\s+)?$");

    /**
     * "Ken Isaacs, vice president of the charity ... according to Isaacs": a single word that is part of a person's
     * full name in the same report, with no place word before it, is that person again, though the tagger took it
     * for a place (Isaacs is also a suburb of Canberra). After "in", "near" or a settlement word it stays a place.
     */
    static boolean personAgain(String text, Mention m, Set<String> personWords, Gazetteer gazetteer) {
        if (m.demonym() || m.cue() != Mention.Cue.PLACE || m.text().contains(" ")) return false;
        if (!personWords.contains(m.text().toLowerCase(Locale.ROOT))) return false;
        // "in Nichols" is a place word, "at Nichols' parents" a person's possessive
        boolean possessive = POSSESSIVE_AFTER.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 3))).lookingAt();
        if (!possessive && LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 24), m.span().start())).find()) return false;
        // a country, a region or a large town by that name ("Israel Hernandez" beside Israel, "Washington") is left to the resolver
        return gazetteer.lookup(m.text(), 5).stream().noneMatch(g -> g.exact() && (!"P".equals(g.featureClass()) || g.population() >= ToponymFinder.MAJOR_TOWN));
    }

}
