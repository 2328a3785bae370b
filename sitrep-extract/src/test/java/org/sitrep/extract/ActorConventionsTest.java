package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.EventType;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** ACLED's actor conventions for protests and riots, and the sub-types that follow from the actors. */
class ActorConventionsTest {
    private static final Actor POLICE = new Actor("Police Forces of United States", "US", 1, "COP", "police", new Span(0, 6), false);
    private static final Actor PEOPLE = new Actor("Civilians (United States)", "US", 7, "CVL", "people", new Span(40, 46), false);
    private static final Actor MARCHERS = new Actor("Protesters (United States)", "US", 6, "CVL", "protesters", new Span(40, 50), false);
    private static final Actor PARTY = new Actor("Workers' Party", "US", 3, "GOV", "party", new Span(60, 65), false);
    private static final Actor REBELS = new Actor("Unidentified Armed Group (Sudan)", "SD", 3, "UAF", "rebels", new Span(0, 6), false);

    private static ActorConventionsTest.Result code(SubEventType sub, Actor a1, Actor a2) {
        Trigger t = new Trigger(sub, new Span(20, 25), "vigil", 50);
        ActorConventions.Coded c = ActorConventions.code(sub, new ActorExtractor.Actors(a1, a2, List.of()), t, "US", "United States");
        return new Result(c.sub(), c.actors());
    }

    private record Result(SubEventType sub, ActorExtractor.Actors actors) {}

    private static org.sitrep.model.Event event(SubEventType sub, Actor a1, Actor a2) {
        var evidence = a2 == null ? List.<org.sitrep.model.Evidence>of() : List.of(new org.sitrep.model.Evidence("actor2", a2.span(), a2.mention()));
        return new org.sitrep.model.Event("r-e1", "r", sub.type(), sub, a1, a2, List.of(), null, org.sitrep.model.TimeSpan.unknown("none"), null,
                new org.sitrep.model.Claim(org.sitrep.model.ClaimStatus.REPORTED, List.of(), "weak", null),
                new org.sitrep.model.Sentence(0, new Span(0, 60), "killed in a gun battle with police"), "gun battle", 0.8, evidence, List.of());
    }

    private static Result attack(Actor a1, Actor a2, String phrase) {
        Trigger t = new Trigger(SubEventType.ATTACK, new Span(20, 20 + phrase.length()), phrase, 50);
        ActorConventions.Coded c = ActorConventions.code(SubEventType.ATTACK, new ActorExtractor.Actors(a1, a2, List.of()), t, "SO", "Somalia");
        return new Result(c.sub(), c.actors());
    }

    @Test
    void an_army_that_bombs_strikes_from_the_air() {
        // ECB+ (2011): "The government of Sudan bombed the Samaritan's Purse refugee camp in Yida"
        Actor army = new Actor("Military Forces of Sudan", "SD", 1, "MIL", "government of Sudan", new Span(0, 18), false);
        SubEventType ied = SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED;
        assertEquals(SubEventType.AIR_DRONE_STRIKE, ActorConventions.code(ied, new ActorExtractor.Actors(army, null, List.of()),
                new Trigger(ied, new Span(20, 26), "bombed", 70), "SS", "South Sudan").sub());
        assertEquals(ied, ActorConventions.code(ied, new ActorExtractor.Actors(REBELS, null, List.of()),
                new Trigger(ied, new Span(20, 26), "bombed", 70), "SD", "Sudan").sub(), "armed groups plant bombs");
        assertEquals(ied, ActorConventions.code(ied, new ActorExtractor.Actors(army, null, List.of()),
                new Trigger(ied, new Span(20, 33), "roadside bomb", 70), "SD", "Sudan").sub(), "a weapon named stays");
    }

    @Test
    void a_battle_with_one_side_named_has_it_as_actor_one_an_attack_keeps_its_target() {
        // VOA (Haiti): "Gang leader X was killed in a gun battle with police"
        org.sitrep.model.Event battle = ActorConventions.battleSides(event(SubEventType.ARMED_CLASH, null, POLICE));
        assertEquals(POLICE, battle.actor1());
        assertNull(battle.actor2());
        assertEquals(List.of("actor1"), battle.evidence().stream().map(org.sitrep.model.Evidence::field).toList(), "its evidence follows it");
        org.sitrep.model.Event attack = ActorConventions.battleSides(event(SubEventType.ATTACK, null, PEOPLE));
        assertNull(attack.actor1(), "a target stays actor 2");
    }

    @Test
    void the_people_of_a_peaceful_protest_are_its_protesters_and_the_police_named_beside_them_no_party() {
        // "Police intervened when more than a hundred people joined in a candlelit vigil"
        Result r = code(SubEventType.PEACEFUL_PROTEST, POLICE, PEOPLE);
        assertEquals("Protesters (United States)", r.actors().actor1().name());
        assertEquals(6, r.actors().actor1().inter());
        assertEquals("people", r.actors().actor1().mention(), "the evidence stays the crowd's own words");
        assertNull(r.actors().actor2());
    }

    @Test
    void police_who_break_up_a_protest_are_its_second_actor() {
        Result r = code(SubEventType.PROTEST_WITH_INTERVENTION, POLICE, MARCHERS);
        assertEquals("Protesters (United States)", r.actors().actor1().name());
        assertEquals(POLICE, r.actors().actor2());
    }

    @Test
    void a_party_that_marches_is_associated_with_the_protesters() {
        Result r = code(SubEventType.PEACEFUL_PROTEST, PARTY, null);
        assertEquals("Protesters (United States)", r.actors().actor1().name());
        assertEquals("vigil", r.actors().actor1().mention(), "no crowd named: the act's own words");
        assertEquals(List.of(PARTY), r.actors().associated());
    }

    @Test
    void a_riot_where_only_the_police_are_named_is_rioters_against_the_police() {
        Result r = code(SubEventType.VIOLENT_DEMONSTRATION, POLICE, null);
        assertEquals("Rioters (United States)", r.actors().actor1().name());
        assertEquals(5, r.actors().actor1().inter());
        assertEquals(POLICE, r.actors().actor2());
        Result crowd = code(SubEventType.VIOLENT_DEMONSTRATION, PEOPLE, POLICE);
        assertEquals("Rioters (United States)", crowd.actors().actor1().name());
        assertEquals("people", crowd.actors().actor1().mention());
    }

    @Test
    void civilians_named_only_as_the_victims_of_mob_violence_stay_its_victims() {
        // "a man was lynched"
        Result r = code(SubEventType.MOB_VIOLENCE, null, PEOPLE);
        assertEquals("Rioters (United States)", r.actors().actor1().name());
        assertEquals(PEOPLE, r.actors().actor2());
    }

    @Test
    void an_arrest_is_made_by_the_state_and_the_arrested_are_its_second_actor() {
        // "a journalist arrested on Feb. 24": the passive's subject is whom the arrest took
        Result r = code(SubEventType.ARRESTS, PEOPLE, null);
        assertEquals("Police Forces of United States", r.actors().actor1().name(), "no force named: the country's police");
        assertEquals(PEOPLE, r.actors().actor2());
        Result named = code(SubEventType.ARRESTS, POLICE, MARCHERS);
        assertEquals(POLICE, named.actors().actor1());
        assertEquals(MARCHERS, named.actors().actor2());
    }

    @Test
    void other_events_keep_their_actors_and_a_clash_on_civilians_is_an_attack() {
        Result battle = code(SubEventType.ARMED_CLASH, REBELS, POLICE);
        assertEquals(SubEventType.ARMED_CLASH, battle.sub());
        assertEquals(REBELS, battle.actors().actor1());
        Result attack = code(SubEventType.ARMED_CLASH, REBELS, PEOPLE);
        assertEquals(SubEventType.ATTACK, attack.sub());
        // VOA (Kenya, 2020): "Villagers are afraid ... and a deadly January attack on a joint Kenya-U.S. military base"
        Trigger base = new Trigger(SubEventType.ARMED_CLASH, new Span(60, 106), "attack on a joint Kenya-U.S. military base", 40);
        assertEquals(SubEventType.ARMED_CLASH, ActorConventions.code(SubEventType.ARMED_CLASH, new ActorExtractor.Actors(PEOPLE, null, List.of()),
                base, "KE", "Kenya").sub(), "the act names its armed target");
        Actor soldiers = new Actor("Military Forces of Somalia", "SO", 1, "MIL", "soldiers", new Span(0, 8), false);
        Actor shabaab = new Actor("Al Shabaab", "SO", 2, "REB", "al-Shabab fighters", new Span(30, 48), false);
        assertEquals(SubEventType.ARMED_CLASH, attack(soldiers, shabaab, "shot dead").sub(), "\"soldiers shot dead two al-Shabab fighters\": a battle");
        assertEquals(SubEventType.ARMED_CLASH, attack(REBELS, POLICE, "attacked").sub(), "gunmen who attack a police post fight it");
        assertEquals(SubEventType.ATTACK, attack(REBELS, POLICE, "the murder of").sub(), "a killing word names a victim, whoever is named after it");
        assertEquals(SubEventType.ATTACK, attack(soldiers, REBELS, "shot dead").sub(), "unidentified militants read after the act are left alone");
        assertEquals(PEOPLE, attack.actors().actor2());
    }

    @Test
    void gunfire_at_a_state_force_or_at_militants_it_names_as_its_object_is_a_battle() {
        Actor soldiers = new Actor("Military Forces of Somalia", "SO", 1, "MIL", "soldiers", new Span(0, 8), false);
        // VOA (Somalia, 2025): "our brave soldiers shot dead two militants" (trigger 20-29, "militants" right after it)
        Actor militants = new Actor("Unidentified Armed Group (Somalia)", "SO", 3, "UAF", "militants", new Span(34, 43), false);
        assertEquals(SubEventType.ARMED_CLASH, attack(soldiers, militants, "shot dead").sub(), "the act's object: a battle");
        Actor later = new Actor("Unidentified Armed Group (Somalia)", "SO", 3, "UAF", "militants", new Span(60, 69), false);
        assertEquals(SubEventType.ATTACK, attack(soldiers, later, "shot dead").sub(), "militants named further on may be another party");
        // VOA (Haiti, 2021): "He opened fire on a police patrol"
        Actor patrol = new Actor("Police Forces of Haiti", "HT", 1, "COP", "police patrol", new Span(37, 50), false);
        assertEquals(SubEventType.ARMED_CLASH, attack(null, patrol, "opened fire on").sub(), "only an armed side fires on the police");
        assertEquals(SubEventType.ARMED_CLASH, attack(null, POLICE, "shot dead").sub(), "\"police were shot dead\": the passive's subject");
        // MUC-4 (1990): "the attack was staged by 10 terrorists": the agent, not the object
        String staged = "According to police, the attack was staged by 10 terrorists.";
        Trigger stagedTrigger = new Trigger(SubEventType.ATTACK, new Span(25, 42), "attack was staged", 35);
        Actor terrorists = new Actor("Unidentified Armed Group (Peru)", "PE", 3, "UAF", "terrorists", new Span(49, 59), false);
        Actor police = new Actor("Police Forces of Peru", "PE", 1, "COP", "police", new Span(13, 19), false);
        assertEquals(SubEventType.ATTACK, ActorConventions.code(SubEventType.ATTACK, new ActorExtractor.Actors(police, terrorists, List.of()), stagedTrigger,
                "PE", "Peru", staged, 0).sub());
        Actor reporting = new Actor("Police Forces of Haiti", "HT", 1, "COP", "police", new Span(75, 81), false);
        assertEquals(SubEventType.ATTACK, attack(null, reporting, "shot and killed").sub(), "police named further on, as the source");
        assertEquals(SubEventType.ATTACK, attack(null, POLICE, "the murder of").sub(), "an unnamed killer of a policeman is not read as armed");
        assertEquals(SubEventType.ATTACK, attack(null, PEOPLE, "opened fire on").sub(), "firing on civilians stays an attack");
        // MUC-4 (1990): "the assistant secretary of the ruling party was shot and killed"
        Actor official = new Actor("Government of Guatemala", "GT", 1, "GOV", "ruling party", new Span(40, 52), false);
        assertEquals(SubEventType.ATTACK, attack(null, official, "shot and killed").sub(), "an official is no armed target");
    }

    @Test
    void an_armed_group_that_seizes_a_person_abducts_and_a_group_named_first_in_a_headline_is_arrested() {
        Actor eln = new Actor("National Liberation Army (Colombia)", "CO", 2, "REB", "ELN guerrilla fighters", new Span(0, 22), false);
        Actor engineer = new Actor("Civilians (Colombia)", "CO", 7, "CVL", "engineer", new Span(50, 58), false);
        String active = "ELN guerrilla fighters captured another Mexican engineer.";
        Trigger captured = new Trigger(SubEventType.ARRESTS, new Span(23, 31), "captured", 56);
        assertEquals(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, ActorConventions.code(SubEventType.ARRESTS,
                new ActorExtractor.Actors(eln, engineer, List.of()), captured, "CO", "Colombia", active, 0).sub());
        // MUC-4 (1989): a time said between the verb and its object
        String later = "ELN guerrilla fighters captured over 3 months ago another Mexican engineer.";
        assertEquals(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, ActorConventions.code(SubEventType.ARRESTS,
                new ActorExtractor.Actors(eln, engineer, List.of()), captured, "CO", "Colombia", later, 0).sub());
        String headline = "ELN guerrilla fighters captured in a raid near Cucuta.";
        assertEquals(SubEventType.ARRESTS, ActorConventions.code(SubEventType.ARRESTS, new ActorExtractor.Actors(eln, null, List.of()), captured,
                "CO", "Colombia", headline, 0).sub(), "no object: the fighters were taken");
    }

    @Test
    void militants_named_without_a_country_take_the_country_of_the_place_the_joined_act_has() {
        Actor militants = new Actor("Unidentified Armed Group", null, 3, "UAF", "militants", new Span(20, 29), false);
        org.sitrep.model.Place region = new org.sitrep.model.Place("Middle Shabele", 51966, "SO", "Middle Shabele", null, 2.9, 45.5, 3, "A", null, null,
                1.0, java.util.List.of());
        org.sitrep.model.Event e = new org.sitrep.model.Event("e1", "r", EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.AIR_DRONE_STRIKE, null, militants,
                null, region, null, null, null, null, "airstrikes", 0.5, null, null);
        org.sitrep.model.Event placed = ActorConventions.genericActorsPlaced(e, iso -> iso.equals("SO") ? "Somalia" : null);
        assertEquals("Unidentified Armed Group (Somalia)", placed.actor2().name());
        assertEquals("SO", placed.actor2().country());
        org.sitrep.model.Event unplaced = new org.sitrep.model.Event("e2", "r", EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.AIR_DRONE_STRIKE, null,
                militants, null, null, null, null, null, null, "airstrikes", 0.5, null, null);
        assertEquals("Unidentified Armed Group", ActorConventions.genericActorsPlaced(unplaced, iso -> "Somalia").actor2().name(), "no place, no country");
        assertEquals(REBELS, ActorConventions.genericActorsPlaced(new org.sitrep.model.Event("e3", "r", EventType.BATTLES, SubEventType.ARMED_CLASH, REBELS, null,
                null, region, null, null, null, null, "clashed", 0.5, null, null), iso -> "Somalia").actor1(), "a group with its country keeps it");
    }

    @Test
    void one_actor_read_as_both_sides_keeps_only_actor_1_with_a_note() {
        // MUC-4 (Bogota, 1989): "Bueno Delgado was arrested by the police" had the police as arrester and arrested
        Actor police2 = new Actor("Police Forces of United States", "US", 1, "COP", "police", new Span(30, 36), false);
        org.sitrep.model.Event e = ActorConventions.oneActorOnce(event(SubEventType.ARRESTS, POLICE, police2));
        assertEquals(POLICE, e.actor1());
        assertNull(e.actor2());
        assertEquals(List.of(), e.evidence().stream().filter(x -> x.field().equals("actor2")).toList(), "no evidence for an actor left out");
        assertEquals(1, e.notes().stream().filter(n -> n.startsWith("actor2:")).count());
        org.sitrep.model.Event two = event(SubEventType.ARRESTS, POLICE, PEOPLE);
        assertEquals(two, ActorConventions.oneActorOnce(two), "two different sides stay");
    }
}
