package org.sitrep.geo;

import java.util.List;

/** An entry as read from the data files, with every name it may be looked up by. */
record GazetteerRecord(GazetteerEntry entry, List<String> names) {
    GazetteerRecord {
        names = List.copyOf(names);
    }
}
