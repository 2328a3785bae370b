package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A group of stored reports about one real-world happening. {@code earliest}/{@code latest} span its
 * reports' publication dates (null when none had one); {@code reportIds} in the order they joined.
 */
public record Story(String id, String headline, LocalDate earliest, LocalDate latest, List<String> reportIds) {
    public Story {
        reportIds = List.copyOf(reportIds);
    }
}
