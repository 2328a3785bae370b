package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

/** Sub-type rules that look past the first keyword, on sentences written in wire-report style. */
class TriggerCombinerTest {
    private final TriggerFinder finder = new TriggerFinder();
    private final TriggerCombiner combiner = new TriggerCombiner();

    private List<SubEventType> types(String s) {
        return combiner.combine(finder.find(s, 0)).stream().map(Trigger::subType).distinct().toList();
    }

    @Test
    void protesters_detained_by_police_are_a_protest_with_intervention() {
        assertEquals(List.of(SubEventType.PROTEST_WITH_INTERVENTION),
                types("Police detained dozens of protesters who had gathered outside parliament to demand new elections."));
    }

    @Test
    void police_intervention_or_killings_during_clashes_with_demonstrators_are_a_violent_demonstration() {
        assertEquals(List.of(SubEventType.VIOLENT_DEMONSTRATION),
                types("Riot police fired tear gas to disperse student protesters during a clash outside parliament on Tuesday."));
        assertEquals(List.of(SubEventType.VIOLENT_DEMONSTRATION),
                types("Four protesters were killed during anti-government demonstrations and clashes in the capital."));
        assertEquals(List.of(SubEventType.PROTEST_WITH_INTERVENTION),
                types("Riot police fired tear gas to disperse student protesters outside parliament on Tuesday."), "no clash, no violence of theirs");
    }

    @Test
    void police_chasing_or_dragging_demonstrators_intervene() {
        assertEquals(List.of(SubEventType.PROTEST_WITH_INTERVENTION), types("Riot police chase demonstrators during anti-government protests in the town on Tuesday."));
        assertEquals(List.of(SubEventType.PROTEST_WITH_INTERVENTION), types("Security forces dragged protesters off the road outside the ministry."));
        assertEquals(List.of(SubEventType.PEACEFUL_PROTEST), types("Demonstrators chased the bus carrying the minister's delegation out of town, chanting slogans."), "protesters who chase are no police intervention");
    }

    @Test
    void an_arrest_that_did_not_happen_is_read_before_it_combines_with_the_protest() {
        String s = "Thousands of protesters rallied against the government's plan for mass arrests of migrants.";
        List<Trigger> found = finder.find(s, 0);
        Trigger arrests = found.stream().filter(t -> t.subType() == SubEventType.ARRESTS).findFirst().orElseThrow();
        assertTrue(combiner.pairs(arrests, found), "a protest and an arrest in one sentence combine");
        assertEquals(java.util.Optional.of("irrealis"), new BackgroundFilter().reason(s, 0, arrests.span()), "so the arrest is read first: " + arrests);
        assertFalse(combiner.pairs(arrests, List.of(arrests)), "a lone arrest combines with nothing");
    }

    @Test
    void protests_and_riots_in_one_sentence_are_one_riot() {
        assertEquals(List.of(SubEventType.VIOLENT_DEMONSTRATION),
                types("Protests, riots and clashes with police have overtaken Greece for the sixth straight day."));
    }

    @Test
    void a_killing_told_beside_an_act_named_only_as_its_time_anchor_is_an_act_of_its_own() {
        // after a VOA report of a train attack in Pakistan (March 2025)
        String s = "A Pakistani military operation rescued 190 passengers and killed 30 terrorists, a day after an attack on a train in Balochistan.";
        List<Trigger> raised = TriggerCombiner.separateAnchoredActs(finder.find(s, 0), s, 0);
        List<SubEventType> kept = EventExtractor.onePerType(raised).stream().map(Trigger::subType).toList();
        assertTrue(kept.contains(SubEventType.ARMED_CLASH), "the operation's killing: " + kept);
        assertTrue(kept.contains(SubEventType.ATTACK), "the train attack: " + kept);
        String toll = "Warplanes bombed the camp and killed 30 militants on Monday.";
        assertFalse(EventExtractor.onePerType(TriggerCombiner.separateAnchoredActs(finder.find(toll, 0), toll, 0)).stream()
                .anyMatch(t -> t.subType() == SubEventType.ARMED_CLASH), "the strike's own toll");
    }

    @Test
    void armed_men_killed_beside_an_act_against_civilians_are_a_clash_of_their_own() {
        // after a VOA report of the Jaffar Express hostage-taking in Pakistan (March 2025)
        String s = "Passengers of a train held hostage in Balochistan spoke on Wednesday as the military completed a rescue operation and killed 33 terrorists.";
        List<SubEventType> kept = EventExtractor.onePerType(TriggerCombiner.separateAnchoredActs(finder.find(s, 0), s, 0)).stream()
                .map(Trigger::subType).toList();
        assertTrue(kept.contains(SubEventType.ARMED_CLASH), "the rescue's killing: " + kept);
        assertTrue(kept.contains(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE), "the hostage-taking: " + kept);
        String priests = "The group condemns the assassination of four priests, who were killed as the gunmen entered the rector's home.";
        assertFalse(EventExtractor.onePerType(TriggerCombiner.separateAnchoredActs(finder.find(priests, 0), priests, 0)).stream()
                .anyMatch(t -> t.subType() == SubEventType.ARMED_CLASH), "the gunmen were the killers, not the killed");
        String clash = "Troops ambushed the convoy and killed 12 militants.";
        assertEquals(1, EventExtractor.onePerType(TriggerCombiner.separateAnchoredActs(finder.find(clash, 0), clash, 0)).size(),
                "beside a battle the cue is that battle's toll");
    }

    @Test
    void rioters_fighting_shop_workers_are_the_riot_not_a_battle() {
        assertEquals(List.of(SubEventType.VIOLENT_DEMONSTRATION),
                types("Rioters rushed the entrance, fighting with workers as they struggled to lock the gates."));
        assertEquals(List.of(SubEventType.VIOLENT_DEMONSTRATION),
                types("The clashes escalated into running battles, with police firing at masked youths pelting them with rocks."), "every clash of the riot");
        assertEquals(List.of(SubEventType.VIOLENT_DEMONSTRATION),
                types("Riot police fired teargas at youths throwing molotov cocktails outside parliament last night."));
    }

    @Test
    void smoke_grenades_at_a_rally_are_crowd_control_not_a_grenade_attack() {
        List<SubEventType> t = types("Officers fired stun grenades to break up the march outside the ministry.");
        assertTrue(t.contains(SubEventType.PROTEST_WITH_INTERVENTION));
        assertFalse(t.contains(SubEventType.GRENADE));
    }

    @Test
    void shooting_into_a_crowd_of_protesters_is_excessive_force() {
        assertEquals(List.of(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS),
                types("Troops opened fire on thousands of protesters in the capital, killing four."));
    }

    @Test
    void seized_weapons_are_disrupted_weapons_use_not_a_seized_town() {
        assertEquals(List.of(SubEventType.DISRUPTED_WEAPONS_USE),
                types("Police seized 40 rifles and 3,000 rounds of ammunition in a raid on a warehouse."));
        assertEquals(List.of(SubEventType.DISRUPTED_WEAPONS_USE),
                types("Two explosive devices were found and defused near the bus station."));
        assertTrue(types("Rebels seized the town after a day of fighting.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
    }

    @Test
    void a_new_military_post_is_a_base_established() {
        assertEquals(List.of(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED),
                types("The army has set up a new observation post near the border crossing."));
    }

    @Test
    void poison_gas_is_a_chemical_weapon_but_tear_gas_is_not() {
        assertTrue(types("Dozens were treated for breathing problems after a poison gas attack on the district.").contains(SubEventType.CHEMICAL_WEAPON));
        assertFalse(types("Police fired tear gas at the marchers.").contains(SubEventType.CHEMICAL_WEAPON));
    }

    @Test
    void captured_alive_is_not_a_territorial_capture() {
        assertFalse(types("Two attackers were captured alive by the soldiers.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
    }

    @Test
    void a_town_taken_as_its_garrison_withdrew_is_a_non_violent_transfer() {
        assertEquals(List.of(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY),
                types("The rebels took control of the town without resistance after government troops withdrew from it overnight."));
        assertFalse(types("The militia was ambushed and forced to retreat from the town.").contains(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY));
    }

    @Test
    void riot_police_and_no_arrests_are_not_events_of_their_own() {
        assertFalse(types("Riot police stood by as the marchers passed the ministry.").contains(SubEventType.VIOLENT_DEMONSTRATION));
        assertFalse(types("No arrests have been made after the shops were looted.").contains(SubEventType.ARRESTS));
    }

    @Test
    void taking_over_or_vacating_needs_a_place_to_be_territorial() {
        assertFalse(types("The state took over and ran the business until 2007.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertFalse(types("Dispatchers said the vacated building was on fire.").contains(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY));
        assertTrue(types("Rebels have taken over two villages near the lake.").contains(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
    }

    @Test
    void sport_marriage_and_warrants_are_not_events() {
        assertTrue(types("She was engaged to a television host in 2001.").isEmpty());
        assertTrue(types("A judge issued an arrest warrant after she missed the hearing.").isEmpty());
        assertTrue(types("The defence intercepted a pass in the fourth quarter.").isEmpty());
        assertTrue(types("Army engineers extended the bombing range north of the base.").isEmpty());
        assertTrue(types("Troops engaged in heavy fighting with the rebels.").contains(SubEventType.ARMED_CLASH));
    }
}
