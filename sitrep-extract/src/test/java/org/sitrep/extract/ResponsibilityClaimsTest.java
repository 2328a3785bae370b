package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/** After a VOA report of a hotel siege in Beledweyne, Somalia (March 2025). */
class ResponsibilityClaimsTest {
    private final ActorExtractor actors = new ActorExtractor(new ActorDictionary());

    private static final java.util.function.Function<Span, TimeSpan> NO_DAY = span -> TimeSpan.unknown("no day");

    private static Event attack(Actor by) {
        return new Event("r-e1", "r", SubEventType.ATTACK.type(), SubEventType.ATTACK, by, null, List.of(), null, TimeSpan.unknown("none"), null,
                new Claim(ClaimStatus.REPORTED, List.of(), "weak", null), new Sentence(0, new Span(0, 40), "Gunmen stormed a hotel in the town."), "stormed",
                0.8, List.of(), List.of());
    }

    @Test
    void the_group_that_claims_a_told_attack_is_its_actor() {
        Actor gunmen = new Actor("Unidentified Armed Group (Somalia)", "SO", 3, "UAF", "gunmen", new Span(0, 6), false);
        List<Event> events = new ArrayList<>(List.of(attack(gunmen)));
        String s = "The Islamist militant group al-Shabab immediately claimed responsibility for the attack.";
        ResponsibilityClaims.apply(s, 100, 3, events, actors, NO_DAY);
        assertEquals("Al Shabaab", events.get(0).actor1().name());
        assertTrue(events.get(0).notes().contains("actor1: claimed responsibility in sentence 4"));
        assertEquals(s.indexOf("al-Shabab") + 100, events.get(0).actor1().span().start(), "evidence points at the claimant");
    }

    @Test
    void a_named_actor_stays_and_a_sentence_without_a_claim_changes_nothing() {
        Actor police = new Actor("Police Forces of Somalia", "SO", 1, "COP", "police", new Span(0, 6), false);
        List<Event> events = new ArrayList<>(List.of(attack(police)));
        ResponsibilityClaims.apply("Al-Shabab claimed responsibility for the attack.", 100, 3, events, actors, NO_DAY);
        assertEquals(police, events.get(0).actor1());
        List<Event> unclaimed = new ArrayList<>(List.of(attack(null)));
        ResponsibilityClaims.apply("Al-Shabab has carried out many attacks in the region.", 100, 3, unclaimed, actors, NO_DAY);
        assertEquals(null, unclaimed.get(0).actor1());
    }

    @Test
    void a_claim_that_names_the_act_with_its_day_dates_the_undated_act() {
        String s = "Al-Shabab, a U.S.-designated terrorist group, claimed responsibility for the hotel attack on Tuesday.";
        int at = s.indexOf("Tuesday");
        java.time.LocalDate tuesday = java.time.LocalDate.of(2025, 3, 11);
        TimeSpan day = new TimeSpan(tuesday, tuesday, 1, "Tuesday", new Span(100 + at, 100 + at + 7), false, null);
        List<Event> events = new ArrayList<>(List.of(attack(null)));
        ResponsibilityClaims.apply(s, 100, 3, events, actors, span -> day);
        assertEquals(tuesday, events.get(0).date().earliest());
        assertTrue(events.get(0).notes().contains(RetoldDates.NOTE));
        assertEquals("Al Shabaab", events.get(0).actor1().name(), "and the claimant is its actor");
        String later = "Al-Shabab claimed responsibility for the attack, its spokesman said on Tuesday in a radio broadcast.";
        int t = later.indexOf("Tuesday");
        TimeSpan said = new TimeSpan(tuesday, tuesday, 1, "Tuesday", new Span(100 + t, 100 + t + 7), false, null);
        List<Event> claimedLater = new ArrayList<>(List.of(attack(null)));
        ResponsibilityClaims.apply(later, 100, 3, claimedLater, actors, span -> said);
        assertEquals(false, claimedLater.get(0).date().known(), "the day the claim was said is not the act's");
    }
}
