package org.sitrep.ingest;

import java.time.LocalDate;

/**
 * How inputs are read. {@code published}, when set (the CLI's --published), becomes every report's
 * publication date and wins over any date the input carries, because the user asked for it.
 * {@code maxBytes} bounds one file or standard input so a stray huge file cannot exhaust memory.
 */
public record IngestOptions(LocalDate published, long maxBytes) {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public IngestOptions {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }

    /** No date override and the 20 MiB limit. */
    public static IngestOptions defaults() {
        return new IngestOptions(null, DEFAULT_MAX_BYTES);
    }
}
