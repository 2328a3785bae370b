package org.sitrep.incident;

import java.time.LocalDate;
import java.util.List;

/**
 * Who holds a place from {@code from} to {@code until} (inclusive; null = still, as far as reported).
 * {@code holder} is null while no capture has settled. {@code disputed} marks days when more than one
 * actor claims the place, or a transfer's date is only known as a range; {@code claimants} lists them.
 */
public record ControlPeriod(String place, String holder, LocalDate from, LocalDate until, boolean disputed,
                            List<String> claimants, List<String> eventIds) {
    public ControlPeriod {
        claimants = List.copyOf(claimants);
        eventIds = List.copyOf(eventIds);
    }
}
