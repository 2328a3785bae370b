package org.sitrep.ingest;

import java.util.List;

/** Reads one decoded input of one format into reports, or failures for the parts that are bad. */
interface ReportReader {
    List<ReadResult> read(LoadedInput input);
}
