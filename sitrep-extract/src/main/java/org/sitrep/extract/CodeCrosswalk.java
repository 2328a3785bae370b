package org.sitrep.extract;

import java.util.EnumMap;
import java.util.Map;
import org.sitrep.model.SubEventType;

/** Maps ACLED sub-event types to CAMEO codes and PLOVER event types (a data table, see the resource). */
public final class CodeCrosswalk {
    /** The CAMEO code and PLOVER event type and mode of one sub-event type; blank where none fits. */
    public record Codes(String cameo, String plover, String ploverMode) {}

    private final Map<SubEventType, Codes> codes = new EnumMap<>(SubEventType.class);

    public CodeCrosswalk() {
        for (String[] row : ResourceTable.read("acled-cameo-plover.tsv")) {
            codes.put(SubEventType.fromLabel(row[0]), new Codes(at(row, 1), at(row, 2), at(row, 3)));
        }
    }

    public Codes of(SubEventType t) {
        return codes.getOrDefault(t, new Codes("", "", ""));
    }

    private static String at(String[] row, int i) {
        return i < row.length ? row[i].trim() : "";
    }
}
