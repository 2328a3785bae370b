package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Weapons named as an inventory (seized, found, carried, held) are no attack with them, goods seized are no territory taken, and
 * a protest voiced or feared is no event; after MUC-4 reports (1989-90).
 */
class BackgroundWeaponsTest {
    private final BackgroundFilter filter = new BackgroundFilter();

    private Optional<String> reason(String s, String trigger) {
        return BackgroundFilterTest.reason(filter, s, trigger);
    }

    @Test
    void weapons_seized_found_or_held_are_an_inventory() {
        assertEquals(Optional.of("weapons held"), reason("An M-16 rifle, five grenades, and material for explosives were found in the same place.", "grenades"));
        assertEquals(Optional.of("weapons held"), reason("They also had three mortars and enough ammunition for a long fight.", "mortars"));
        assertEquals(Optional.of("weapons held"), reason("The army has confiscated 324 rifles, 26 mortars and 75 rocket and grenade launchers.", "mortars"));
    }

    @Test
    void weapons_used_in_the_sentence_are_an_attack() {
        assertEquals(Optional.empty(), reason("Guerrillas attacked the meeting, throwing grenades at the people.", "grenades"));
        assertEquals(Optional.empty(), reason("A man carrying grenades hurled them at the police post.", "grenades"));
        assertEquals(Optional.empty(), reason("The rebels had fired mortars at the base.", "mortars"), "an auxiliary 'had' holds nothing");
    }

    @Test
    void goods_seized_are_no_territory_taken() {
        assertEquals(Optional.of("goods seized"), reason("A total of 141 properties, as well as 5,222 farm animals, were also seized.", "seized"));
        assertEquals(Optional.of("goods seized"), reason("Police reported that 781 kg of pure cocaine, which was being transported in a trailer, was seized today.", "seized"));
        assertEquals(Optional.empty(), reason("Rebels seized the town and its airport after heavy fighting.", "seized"));
        assertEquals(Optional.empty(), reason("Ammunition and rifles were seized.", "seized"), "a weapons seizure is disrupted weapons use");
    }

    @Test
    void a_protest_voiced_or_feared_and_a_demonstration_that_proves_are_no_events() {
        assertEquals(Optional.of("other sense"), reason("As a chief of state I cannot silence our protest.", "protest"));
        assertEquals(Optional.of("other sense"), reason("He said that by way of \"protest\" he would not attend the luncheon.", "protest"));
        assertEquals(Optional.of("irrealis"), reason("The municipality has not authorized the increase, fearing a generalized protest by bus passengers.", "protest"));
        assertEquals(Optional.of("other sense"), reason("The visit is the most visible demonstration that the wars have ended.", "demonstration"));
        assertEquals(Optional.empty(), reason("Police dispersed their protest outside the ministry on Monday.", "protest"));
    }

    @Test
    void the_arrest_of_a_driver_after_an_accident_is_police_work() {
        // after reports of a tram derailment in Croydon, London (November 2016)
        assertTrue(filter.commonCrime("Seven killed as tram derails after speeding round a sharp bend.",
                "Seven killed as tram derails. Police said the driver had been arrested after the deadly accident."));
        assertFalse(filter.commonCrime("Seven killed as a bomb derails a train.",
                "Seven killed as a bomb derails a train. Police arrested two militants."), "a bombing and militants: political violence");
    }
}
