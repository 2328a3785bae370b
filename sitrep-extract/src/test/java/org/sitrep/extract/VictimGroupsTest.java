package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/** Two mentions of one act with tolls of different sides count all its dead. After a VOA report of the Jaffar Express siege (March 2025). */
class VictimGroupsTest {
    private static final String SOLDIERS = "Five Frontier Corps personnel were also killed in the attack and the ensuing battle with militants.";
    private static final String MILITANTS = "In the clearance operation that lasted more than 30 hours, the Pakistan military said it killed 33 BLA terrorists.";
    private static final String AGAIN = "The army said 31 militants died in the operation.";

    private static Event clash(int start, String sentence, String tollWords, int dead) {
        int at = start + sentence.indexOf(tollWords);
        Fatalities toll = new Fatalities(dead, dead, null, false, false, tollWords, new Span(at, at + tollWords.length()));
        Span s = new Span(start, start + sentence.length());
        return new Event("r-e1", "r", SubEventType.ARMED_CLASH.type(), SubEventType.ARMED_CLASH, null, null, List.of(), null, TimeSpan.unknown("none"),
                toll, new Claim(ClaimStatus.REPORTED, List.of(), "weak", null), new Sentence(start / 200, s, sentence), "battle", 0.8,
                List.of(new Evidence("sentence", s, sentence), new Evidence("fatalities", toll.span(), tollWords)), List.of());
    }

    @Test
    void tolls_of_soldiers_and_of_militants_add_up() {
        Event a = clash(0, SOLDIERS, "Five Frontier Corps personnel were also killed", 5);
        Event b = clash(200, MILITANTS, "killed 33 ", 33);
        Event m = Events.merge(a, b);
        assertEquals(38, m.fatalities().best());
        assertEquals(38, m.fatalities().min());
        assertTrue(m.notes().contains("fatalities: 5 and 33 added up: the tolls count different sides"), m.notes().toString());
    }

    @Test
    void two_tolls_of_one_side_are_two_tellings_of_which_the_lower_is_kept() {
        Event b = clash(200, MILITANTS, "killed 33 ", 33);
        Event c = clash(400, AGAIN, "31 militants died", 31);
        assertEquals(31, Events.merge(b, c).fatalities().best());
        // "people" names no side: nothing is added
        Event d = clash(600, "Officials said 21 people were killed.", "21 people were killed", 21);
        assertEquals(21, Events.merge(b, d).fatalities().best());
    }

    @Test
    void the_words_after_a_toll_name_its_victims() {
        assertEquals(Set.of(2), VictimGroups.sides(VictimGroups.window(clash(200, MILITANTS, "killed 33 ", 33), clash(200, MILITANTS, "killed 33 ", 33).fatalities())));
        assertEquals(Set.of(1), VictimGroups.sides("Five Frontier Corps personnel were also killed"));
        assertEquals(Set.of(7), VictimGroups.sides("killed 11 coal miners in the city"));
        assertEquals(Set.of(), VictimGroups.sides("killed 21 people"));
    }
}
