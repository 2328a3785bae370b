package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/** After an ECB+ report of Sudan's bombing of the Yida refugee camp in South Sudan (November 2011). */
class RetoldMeansTest {
    private static Event told(SubEventType sub, String trigger) {
        return new Event("r-e0", "r", sub.type(), sub, null, null, List.of(), null, TimeSpan.unknown("none"), null,
                new Claim(ClaimStatus.REPORTED, List.of(), "weak", null), new Sentence(0, new Span(0, 90), "The army " + trigger + " a refugee camp"),
                trigger, 0.7, List.of(new Evidence("event_type", new Span(9, 9 + trigger.length()), trigger)), List.of());
    }

    private static final Trigger BOMBERS = new Trigger(SubEventType.AIR_DRONE_STRIKE, new Span(120, 170), "attacks were carried out by Antonov bombers", 80);

    @Test
    void an_attack_whose_retelling_names_bombers_is_an_air_strike() {
        List<Event> events = new ArrayList<>(List.of(told(SubEventType.ATTACK, "attacked")));
        RetoldMeans.apply(List.of(BOMBERS), events);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, events.get(0).subType());
        assertEquals("attacks were carried out by Antonov bombers", events.get(0).evidence().get(1).text(), "the means' words are evidence");

        List<Event> bombed = new ArrayList<>(List.of(told(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, "bombed")));
        RetoldMeans.apply(List.of(BOMBERS), bombed);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, bombed.get(0).subType());
    }

    @Test
    void an_act_told_with_its_means_or_a_retelling_without_means_changes_nothing() {
        List<Event> carBomb = new ArrayList<>(List.of(told(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, "car bomb hit")));
        RetoldMeans.apply(List.of(BOMBERS), carBomb);
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, carBomb.get(0).subType());

        List<Event> attack = new ArrayList<>(List.of(told(SubEventType.ATTACK, "attacked")));
        RetoldMeans.apply(List.of(new Trigger(SubEventType.ATTACK, new Span(120, 131), "the attack", 40)), attack);
        assertEquals(SubEventType.ATTACK, attack.get(0).subType());
    }
}
