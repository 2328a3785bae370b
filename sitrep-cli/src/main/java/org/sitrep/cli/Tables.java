package org.sitrep.cli;

import org.sitrep.model.TimeSpan;

/** Cell text for the tab-separated tables of the query commands. */
final class Tables {
    private Tables() {}

    static String dates(TimeSpan d) {
        if (d == null || !d.known()) return "";
        return d.earliest().equals(d.latest()) ? d.earliest().toString() : d.earliest() + ".." + d.latest();
    }

    static String text(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
