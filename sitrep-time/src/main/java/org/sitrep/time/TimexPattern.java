package org.sitrep.time;

import java.util.regex.Pattern;

/** One recognition rule: what it finds ({@code kind}), the TIMEX3 type it yields ("-" for none), its regex. */
record TimexPattern(String kind, String type, Pattern pattern) {
    boolean reported() {
        return !"-".equals(type);
    }
}
