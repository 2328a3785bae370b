package org.sitrep.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitrep.model.SitrepException;

/**
 * The gold formats of /shared/eval/FORMATS.md, one scorer each, plus {@code 5w1h}: the Giveme5W1H gold
 * kept in its original JSON, whose records are keyed by {@code dId} instead of {@code id}.
 */
public enum EvalTask {
    EVENTS("events", "id"),
    GEOPARSE("geoparse", "id"),
    TIMEX("timex", "id"),
    CLASSIFY("classify", "id"),
    EVENTLOC("eventloc", "id"),
    CLUSTERS("clusters", "id"),
    FIVE_W_ONE_H("5w1h", "dId");

    private final String id;
    private final String goldIdField;

    EvalTask(String id, String goldIdField) {
        this.id = id;
        this.goldIdField = goldIdField;
    }

    /** The lower-case name used on the command line and in report.json. */
    public String id() {
        return id;
    }

    /** The gold field that identifies a record; predictions always use {@code id}. */
    public String goldIdField() {
        return goldIdField;
    }

    /** Parses a task name case-insensitively; an unknown name is a user error that lists the valid ones. */
    public static EvalTask fromId(String name) {
        if (name != null) {
            for (EvalTask t : values()) {
                if (t.id().equals(name.trim().toLowerCase(Locale.ROOT))) return t;
            }
        }
        String valid = Arrays.stream(values()).map(EvalTask::id).collect(Collectors.joining(", "));
        throw new SitrepException(SitrepException.Category.INPUT,
                "unknown eval task '" + name + "'; use one of: " + valid);
    }
}
