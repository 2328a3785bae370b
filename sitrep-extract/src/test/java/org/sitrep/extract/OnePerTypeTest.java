package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** Which triggers of one sentence become events: "Sudanese warplanes bombed a refugee camp in Yida, killing 12 people." */
class OnePerTypeTest {
    private static final Trigger WARPLANES = new Trigger(SubEventType.AIR_DRONE_STRIKE, new Span(9, 19), "warplanes", 80);

    @Test
    void the_killing_a_strike_causes_is_its_toll_not_a_second_attack() {
        Trigger killing = new Trigger(SubEventType.ATTACK, new Span(50, 67), "killing 12 people", 35);
        assertEquals(List.of(WARPLANES), EventExtractor.onePerType(List.of(WARPLANES, killing)));
    }

    @Test
    void a_murder_told_with_its_bombing_is_the_bombings_toll() {
        // "blamed the armed forces for the murder of 10 union members in a dynamite attack" (FBIS, MUC-3 style)
        Trigger murder = new Trigger(SubEventType.ATTACK, new Span(0, 26), "MURDER OF 10 UNION MEMBERS", 35);
        Trigger dynamite = new Trigger(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, new Span(32, 47), "DYNAMITE ATTACK", 70);
        assertEquals(List.of(dynamite), EventExtractor.onePerType(List.of(murder, dynamite)));
    }

    @Test
    void another_act_against_civilians_in_the_sentence_stays() {
        Trigger stabbed = new Trigger(SubEventType.ATTACK, new Span(50, 57), "stabbed", 35);
        assertEquals(List.of(WARPLANES, stabbed), EventExtractor.onePerType(List.of(WARPLANES, stabbed)));
        Trigger killing = new Trigger(SubEventType.ATTACK, new Span(50, 67), "killing 12 people", 35);
        Trigger clash = new Trigger(SubEventType.ARMED_CLASH, new Span(0, 8), "clashes", 40);
        assertEquals(List.of(clash, killing), EventExtractor.onePerType(List.of(clash, killing)), "only an explosion or strike absorbs the killing");
    }
}
