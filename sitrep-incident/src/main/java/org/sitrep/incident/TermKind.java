package org.sitrep.incident;

/**
 * The kinds of story terms and how much each says about which real happening a report is about.
 * Names of people, organizations and named things pick out one happening best. Places are shared by
 * unrelated happenings in one region, so they weigh a little less. Lead lemmas ("earthquake",
 * "rehab") say what kind of happening it is, which two different happenings of one kind share, so
 * they weigh about half. Numbers and mentioned dates agree by chance (ages, small counts) as often as
 * by identity, so they weigh least; an exact rare number ("485 years", "6.1") still adds through IDF.
 */
public enum TermKind {
    NAME("n:", 1.0),
    /** Places as stores before names and places shared one kind wrote them; new reports give places NAME terms. */
    PLACE("l:", 0.8),
    KEY("k:", 0.5),
    NUMBER("#:", 0.4),
    DATE("d:", 0.4),
    /** A year the text mentions: no weight in the cosine; it only bounds when an undated report was written. */
    YEAR("y:", 0.0),
    /**
     * A day the text names without its year ("Jul. 7 5:59 PM EDT", a date line that dropped the year): no weight in
     * the cosine; an undated report naming a dated story's day is no older happening however old the years it names.
     */
    MONTH_DAY("md:", 0.0);

    private final String prefix;
    private final double weight;

    TermKind(String prefix, double weight) {
        this.prefix = prefix;
        this.weight = weight;
    }

    public String prefix() {
        return prefix;
    }

    public double weight() {
        return weight;
    }

    public String term(String value) {
        return prefix + value;
    }

    /** The kind of a prefixed term, or null for an unknown prefix. */
    public static TermKind of(String term) {
        for (TermKind k : values()) {
            if (term.startsWith(k.prefix)) return k;
        }
        return null;
    }
}
