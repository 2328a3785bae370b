package org.sitrep.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a report belongs to a domain outside armed conflict (sport, business, technology, show business)
 * whose vocabulary borrows conflict words: a boxing report's "fight", a football report's "offensive
 * tackle", a chipmaker's "battle for market share". In such a report, a figurative-prone trigger makes an
 * event only where its sentence also holds a conflict anchor (killed, troops, weapons...). Sentence-level
 * cues (background.tsv) cannot see this: "Klitschko is on a 10-fight winning streak" names no sport word.
 */
public final class ReportDomain {
    private final Pattern anchors;
    private final Pattern figurative;
    private final Map<String, Pattern> domains = new LinkedHashMap<>();
    private final Map<String, Integer> minHits = new LinkedHashMap<>();
    /** A domain's own prone triggers where they differ from the figurative row (politics: combat words, not protests). */
    private final Map<String, Pattern> prone = new LinkedHashMap<>();

    public ReportDomain() {
        Pattern a = null;
        Pattern f = null;
        for (String[] row : ResourceTable.read("domains.tsv")) {
            String name = row[0].trim();
            Pattern p = Pattern.compile(row[2].trim());
            switch (name) {
                case "anchors" -> a = p;
                case "figurative" -> f = p;
                default -> {
                    domains.put(name, p);
                    minHits.put(name, Integer.parseInt(row[1].trim()));
                    if (row.length > 3 && !row[3].isBlank()) prone.put(name, Pattern.compile(row[3].trim()));
                }
            }
        }
        if (a == null || f == null) throw new IllegalStateException("domains.tsv needs its anchors and figurative rows");
        this.anchors = a;
        this.figurative = f;
    }

    /** The report's non-conflict domain, or empty: most cue hits among the domains that qualify. */
    public Optional<String> of(String text) {
        String lower = TriggerFinder.lowerFlat(text);
        int conflict = count(anchors, lower);
        String best = null;
        int bestHits = 0;
        for (var e : domains.entrySet()) {
            int hits = count(e.getValue(), lower);
            if (hits >= minHits.get(e.getKey()) && hits >= 2 * conflict && hits > bestHits) {
                best = e.getKey();
                bestHits = hits;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * In a report of {@code domain}, whether the trigger phrase is figurative here: prone (in that domain's own list, else
     * the figurative row) and unanchored in its sentence.
     */
    public boolean figurative(String domain, String triggerPhrase, String sentence) {
        String phrase = triggerPhrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return prone.getOrDefault(domain, figurative).matcher(phrase).matches() && !anchors.matcher(TriggerFinder.lowerFlat(sentence)).find();
    }

    /** Distinct words matched: a humanitarian report's many "millions" are one cue, not ten. */
    private static int count(Pattern p, String text) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Matcher m = p.matcher(text); m.find(); ) seen.add(m.group());
        return seen.size();
    }
}
