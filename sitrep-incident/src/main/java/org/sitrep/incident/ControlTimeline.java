package org.sitrep.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/**
 * Territorial control per place from capture and retake events. Each event is a transfer to its first
 * actor at some day within its date range. Walking day by day: the holder is the actor of the latest
 * transfer whose range has ended; the place is disputed on days when another transfer is still under
 * way or two transfers to different actors settle on the same day. Days are compressed into periods.
 */
public final class ControlTimeline {
    private static final Set<SubEventType> TERRITORIAL = EnumSet.of(
            SubEventType.GOVERNMENT_REGAINS_TERRITORY,
            SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
            SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    /** Longer spans are summarized by their transfer days only, so a bad date cannot make the walk huge. */
    private static final int MAX_DAYS = 20 * 366;

    /** Periods for every place named by a territorial event, ordered by place and start. */
    public List<ControlPeriod> timeline(List<Event> events) {
        Map<String, List<Event>> byPlace = new LinkedHashMap<>();
        for (Event e : events) {
            if (!TERRITORIAL.contains(e.subType()) || e.actor1() == null || e.location() == null || e.date() == null || !e.date().known()) continue;
            byPlace.computeIfAbsent(placeKey(e), k -> new ArrayList<>()).add(e);
        }
        List<ControlPeriod> out = new ArrayList<>();
        for (List<Event> transfers : byPlace.values()) out.addAll(walk(transfers));
        return out;
    }

    private static String placeKey(Event e) {
        long id = e.location().geonameId();
        return id > 0 ? "g" + id : "n" + Objects.toString(e.location().name(), "").trim().toLowerCase(Locale.ROOT);
    }

    private static List<ControlPeriod> walk(List<Event> transfers) {
        transfers.sort(Comparator.comparing((Event e) -> e.date().earliest()).thenComparing(e -> e.date().latest()));
        String place = transfers.get(0).location().name();
        LocalDate first = transfers.get(0).date().earliest();
        LocalDate last = transfers.stream().map(e -> e.date().latest()).max(Comparator.naturalOrder()).orElseThrow();
        if (first.plusDays(MAX_DAYS).isBefore(last)) last = first.plusDays(MAX_DAYS);
        List<ControlPeriod> periods = new ArrayList<>();
        Day open = null;
        LocalDate openFrom = null;
        LocalDate previous = null;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            Day day = day(transfers, d);
            if (open == null || !open.sameState(day)) {
                if (open != null) periods.add(open.period(place, openFrom, previous));
                open = day;
                openFrom = d;
            } else {
                open = open.withEvents(day.eventIds);
            }
            previous = d;
        }
        if (open != null) periods.add(open.period(place, openFrom, null));
        return periods;
    }

    private static Day day(List<Event> transfers, LocalDate d) {
        LocalDate settledOn = null;
        Set<String> settledHolders = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Event e : transfers) {
            LocalDate end = e.date().latest();
            if (end.isAfter(d)) continue;
            if (settledOn == null || end.isAfter(settledOn)) {
                settledOn = end;
                settledHolders.clear();
                ids.clear();
            }
            if (end.equals(settledOn)) {
                settledHolders.add(e.actor1().name());
                ids.add(e.id());
            }
        }
        Set<String> claimants = new LinkedHashSet<>(settledHolders);
        for (Event e : transfers) {
            if (!e.date().earliest().isAfter(d) && e.date().latest().isAfter(d)) {
                claimants.add(e.actor1().name());
                ids.add(e.id());
            }
        }
        String holder = settledHolders.size() == 1 ? settledHolders.iterator().next() : null;
        boolean disputed = claimants.size() > 1 || holder == null && !claimants.isEmpty();
        return new Day(holder, claimants, disputed, ids);
    }

    private record Day(String holder, Set<String> claimants, boolean disputed, Set<String> eventIds) {
        boolean sameState(Day other) {
            return Objects.equals(holder, other.holder) && claimants.equals(other.claimants) && disputed == other.disputed;
        }

        Day withEvents(Set<String> more) {
            Set<String> all = new LinkedHashSet<>(eventIds);
            all.addAll(more);
            return new Day(holder, claimants, disputed, all);
        }

        ControlPeriod period(String place, LocalDate from, LocalDate until) {
            return new ControlPeriod(place, holder, from, until, disputed, List.copyOf(claimants), List.copyOf(eventIds));
        }
    }
}
