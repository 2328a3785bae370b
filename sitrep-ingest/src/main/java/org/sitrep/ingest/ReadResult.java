package org.sitrep.ingest;

import org.sitrep.model.Report;

/** What reading one input (or one record of it) gave: a report, or a reason the user can act on. */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Failed {

    record Read(Report report) implements ReadResult {
        public Read {
            if (report == null) throw new IllegalArgumentException("a read result needs a report");
        }
    }

    /** {@code input} names the file (and line or entry) that failed; {@code reason} is one sentence. */
    record Failed(String input, String reason) implements ReadResult {
        public Failed {
            if (input == null || reason == null) throw new IllegalArgumentException("a failure needs an input and a reason");
        }
    }
}
