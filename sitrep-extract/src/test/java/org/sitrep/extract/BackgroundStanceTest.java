package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An act a party backs, supports, opposes or rejects is a proposal argued over; an actor backed by a state still acts. */
class BackgroundStanceTest {
    private final BackgroundFilter filter = new BackgroundFilter();

    private Optional<String> reason(String s, String trigger) {
        return BackgroundFilterTest.reason(filter, s, trigger);
    }

    @Test
    void a_proposal_backed_or_rejected_is_no_act() {
        // Voice of America, 2025-03-12 (public domain): a sub-heading run into its paragraph
        assertEquals(Optional.of("stance"), reason("India backs Chagos handover Indian officials have also said that New Delhi would support a deal.", "handover"));
        assertEquals(Optional.of("stance"), reason("The opposition opposes the ceasefire.", "ceasefire"));
        assertEquals(Optional.empty(), reason("All the parties have unanimously rejected the murder of the candidate.", "murder"), "a real act condemned");
    }

    @Test
    void actors_backed_by_or_opposed_to_someone_still_act() {
        assertEquals(Optional.empty(), reason("Militias backed by Iran attacked the town on Monday.", "attacked"));
        assertEquals(Optional.empty(), reason("Iranian-backed militias attacked the town on Monday.", "attacked"));
        assertEquals(Optional.empty(), reason("iranian - backed militias attacked the town on monday .", "attacked"));
        assertEquals(Optional.empty(), reason("Rebels opposed to Assad attacked the town on Monday.", "attacked"));
        // an adjective, not a stance
        assertEquals(Optional.empty(), reason("Opposing crowds clashed with sticks outside the courthouse on Sunday.", "clashed"));
    }

    @Test
    void acts_that_abound_are_a_state_of_affairs() {
        assertEquals(Optional.of("prevalent"), reason("They toured the border, where smuggling, drug trafficking, and kidnappings proliferate.", "kidnappings"));
        assertEquals(Optional.of("prevalent"), reason("Attacks on buses are common in the area.", "Attacks"));
        assertEquals(Optional.of("prevalent"), reason("Torture, murder, rape, and disappearances were methods of the old regime.", "Torture"));
        assertEquals(Optional.of("prevalent"), reason("He said that kidnapping is a common practice of the gangs.", "kidnapping"));
        assertEquals(Optional.of("aggregate"), reason("They called on the authorities to investigate all cases of extrajudicial executions.", "executions"));
        assertEquals(Optional.empty(), reason("Gunmen kidnapped five traders near the border on Monday.", "kidnapped"));
    }

    @Test
    void the_execution_of_a_plan_is_no_killing() {
        assertEquals(Optional.of("other sense"), reason("The execution of the alleged Farabundo Marti National Liberation Front (FMLN) plan will coincide with the president's trip.", "execution"));
        assertEquals(Optional.empty(), reason("The execution of six peasants by the guerrillas was condemned.", "execution"));
    }

    @Test
    void an_act_someone_was_about_to_do_or_had_the_mission_of_doing_is_not_done() {
        assertEquals(Optional.of("irrealis"), reason("The commando had the mission of assassinating the judge.", "assassinating"));
        assertEquals(Optional.of("irrealis"), reason("The rebels were about to attack the base when troops arrived.", "attack"));
        assertEquals(Optional.of("irrealis"), reason("Both sides expressed a willingness to sign a ceasefire.", "sign a ceasefire"));
    }

    @Test
    void a_police_offensive_against_drug_traffickers_is_no_armed_offensive() {
        assertEquals(Optional.of("other sense"), reason("The police launched an offensive against the drug traffickers in the capital.", "offensive"));
        assertEquals(Optional.empty(), reason("After the assassination of the senator, the government ordered a relentless offensive against the drug mafias.",
                "assassination"), "the act told beside the police offensive stays");
        assertEquals(Optional.empty(), reason("The army launched an offensive against the rebels in the north.", "offensive"));
    }
}

