package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.SitrepException;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** Finds event triggers in a sentence with the trigger lexicon; overlapping matches go to the higher priority. */
public final class TriggerFinder {
    private record Entry(SubEventType type, int priority, Pattern pattern) {}

    private final List<Entry> entries = new ArrayList<>();

    public TriggerFinder() {
        for (String[] row : ResourceTable.read("triggers.tsv")) {
            SubEventType t = SubEventType.fromLabel(row[0]);
            if (t == null) throw new SitrepException(SitrepException.Category.INTERNAL, "unknown sub-event type in triggers.tsv: " + row[0]);
            entries.add(new Entry(t, Integer.parseInt(row[1].trim()), Pattern.compile(row[2].trim())));
        }
    }

    /**
     * Lower case with line breaks and tabs as spaces, one character for one so offsets hold: hard-wrapped wire copy
     * ("was\nassassinated") reads as the phrases the patterns spell with spaces.
     */
    static String lowerFlat(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    /** Triggers in {@code text}, which starts at {@code offset} in the report; non-overlapping, in text order. */
    public List<Trigger> find(String text, int offset) {
        String lower = wordsOnly(lowerFlat(text));
        List<Trigger> all = new ArrayList<>();
        for (Entry e : entries) {
            Matcher m = e.pattern.matcher(lower);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(new Trigger(e.type, new Span(m.start() + offset, m.end() + offset), text.substring(m.start(), m.end()), e.priority));
                }
            }
        }
        all.sort(Comparator.comparingInt(Trigger::priority).reversed().thenComparing(t -> -t.span().length()));
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : all) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(t.span()))) kept.add(t);
        }
        kept.sort(Comparator.comparing(Trigger::span));
        return kept;
    }

    /** The cheap first pass: may this sentence hold an event at all? */
    public boolean mayHoldEvent(String text) {
        String lower = wordsOnly(lowerFlat(text));
        for (Entry e : entries) if (e.pattern.matcher(lower).find()) return true;
        return KILLING.matcher(lower).find();
    }

    /**
     * "attacked U.S. troops", "a U.N. convoy": the periods of a dotted abbreviation become word characters (same length,
     * so offsets hold), so the lexicon's word patterns read it as the one word it is, not as a sentence's end.
     */
    static String wordsOnly(String lower) {
        Matcher m = DOTTED.matcher(lower);
        if (!m.find()) return lower;
        StringBuilder out = new StringBuilder(lower);
        do {
            for (int i = m.start(); i < m.end(); i++) if (out.charAt(i) == '.') out.setCharAt(i, '_');
        } while (m.find());
        return out.toString();
    }

    private static final Pattern DOTTED = Pattern.compile("\\b(?:\\p{L}\\.){2,}");

    private static final Pattern KILLING = Pattern.compile("\\b(kill\\w*|dead|died|death toll|wounded|injured)\\b");
}
