package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.Event;

/**
 * What a snippet reports when it reports no ACLED event: a natural or a man-made disaster (resource file
 * {@code other-classes.tsv}). ACLED leaves both out, so the extractor drops their acts as background; a snippet
 * classifier still owes the user the class, rather than "none" or the type of a word the filter doubted
 * ("killed" after an earthquake is no attack).
 */
public final class OtherClasses {
    private record Entry(String label, Pattern pattern) {}

    private static final List<Entry> ENTRIES = read();

    private static List<Entry> read() {
        List<Entry> out = new ArrayList<>();
        for (String[] row : ResourceTable.read("other-classes.tsv")) out.add(new Entry(row[0].strip(), Pattern.compile(row[1].strip())));
        return List.copyOf(out);
    }

    /** The words of one class, as written in the resource file. */
    static Pattern pattern(String label) {
        return ENTRIES.stream().filter(e -> e.label.equals(label)).findFirst().map(Entry::pattern)
                .orElseThrow(() -> new IllegalArgumentException("no class " + label + " in other-classes.tsv"));
    }

    /** The first class whose words the text holds, or empty. */
    public Optional<String> of(String text) {
        String lower = TriggerFinder.lowerFlat(text);
        for (Entry e : ENTRIES) if (e.pattern.matcher(lower).find()) return Optional.of(e.label);
        return Optional.empty();
    }

    /** CASE 2021's class of snippets that attribute responsibility for an act (other-classes.tsv). */
    static final String ATTRIB = "ATTRIB";
    /**
     * An act named only inside a claim, a denial or an accusation of responsibility ("IS claimed responsibility for a car
     * bomb ...", "the Taliban denied his group was responsible for the attack", "officials rejected accusations of bombing a
     * mosque", "suicide bombers are suspected to be behind the blasts"): the snippet's news is who did it, CASE 2021's ATTRIB.
     * Matched on the words of the act's sentence before its trigger; an act told first and claimed after is the act's.
     */
    private static final Pattern ATTRIBUTION = Pattern.compile("\\b(claim(ed|s|ing)?( the)? responsibility for"
            + "|claim(ed|s)? (the )?(?=[\\w-]+ of\\b)|(denie[sd]|deny|denying|rejected|rejects|dismissed) ([\\w'’-]+ ){0,5}(responsib\\w+|involvement|role) (for|in)"
            + "|(accus\\w+|blam\\w+) ([\\w'’-]+ ){0,5}(of|for)|(rejected|rejects|denied|dismissed) ([\\w'’-]+ ){0,3}(allegations?|accusations?|claims?|charges?)( that)?"
            + "|(suspected|believed|thought|said) to (be|have been) behind)\\s+([\\w'’,-]+\\s+){0,12}$");

    static boolean attributed(Event e) {
        if (e.sentence() == null || e.sentence().text() == null) return false;
        int at = e.evidence().stream().filter(v -> "event_type".equals(v.field())).mapToInt(v -> v.span().start()).findFirst().orElse(-1)
                - e.sentence().span().start();
        if (at <= 0 || at > e.sentence().text().length()) return false;
        return ATTRIBUTION.matcher(TriggerFinder.lowerFlat(e.sentence().text().substring(0, at))).find();
    }
}
