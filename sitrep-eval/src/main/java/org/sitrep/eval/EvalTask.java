package org.sitrep.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitrep.model.SitrepException;

/** The gold formats of /shared/eval/FORMATS.md, one scorer each. */
public enum EvalTask {
    EVENTS,
    GEOPARSE,
    TIMEX,
    CLASSIFY,
    EVENTLOC,
    CLUSTERS;

    /** The lower-case name used on the command line and in report.json. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
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
