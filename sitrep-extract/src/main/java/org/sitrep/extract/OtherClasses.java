package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a snippet reports when it reports no ACLED event: a natural or a man-made disaster (resource file
 * {@code other-classes.tsv}). ACLED leaves both out, so the extractor drops their acts as background; a snippet
 * classifier still owes the user the class, rather than "none" or the type of a word the filter doubted
 * ("killed" after an earthquake is no attack).
 */
public final class OtherClasses {
    private record Entry(String label, Pattern pattern) {}

    private final List<Entry> entries = new ArrayList<>();

    public OtherClasses() {
        for (String[] row : ResourceTable.read("other-classes.tsv")) entries.add(new Entry(row[0].strip(), Pattern.compile(row[1].strip())));
    }

    /** The words of one class, as written in the resource file. */
    static Pattern pattern(String label) {
        for (String[] row : ResourceTable.read("other-classes.tsv")) if (row[0].strip().equals(label)) return Pattern.compile(row[1].strip());
        throw new IllegalArgumentException("no class " + label + " in other-classes.tsv");
    }

    /** The first class whose words the text holds, or empty. */
    public Optional<String> of(String text) {
        String lower = TriggerFinder.lowerFlat(text);
        for (Entry e : entries) if (e.pattern.matcher(lower).find()) return Optional.of(e.label);
        return Optional.empty();
    }
}
