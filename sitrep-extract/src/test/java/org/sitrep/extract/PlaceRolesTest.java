package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.model.Toponym;

/** Place names that are not where the event happened, in sentences written in wire-report style. */
class PlaceRolesTest {
    private final PlaceRoles roles = new PlaceRoles();

    private boolean located(String text, String place, String trigger) {
        return located(text, place, trigger, null);
    }

    /** As {@link #located(String, String, String)}, with the name resolved to {@code resolved} (null: unresolved). */
    private boolean located(String text, String place, String trigger, org.sitrep.model.Place resolved) {
        int p = text.indexOf(place);
        int t = text.indexOf(trigger);
        return roles.notALocation(text, new Toponym(new Span(p, p + place.length()), place, 0, resolved, null), new Span(t, t + trigger.length())).isEmpty();
    }

    @Test
    void a_possessive_or_an_adjective_is_not_the_location() {
        assertFalse(located("Kenya's army said it killed five militants near Lamu.", "Kenya", "killed"));
        assertFalse(located("nigeria s army said it killed five militants .", "nigeria", "killed"));
        assertFalse(located("He was killed in a U.S. airstrike on Tuesday.", "U.S.", "killed"));
        assertFalse(located("The zone is patrolled by U.S. and British troops.", "U.S.", "patrolled"), "coordinated modifiers");
        // ECB+ (a headline of 11 November 2011): the country opening the quoted claim is its agent
        String headline = "South Sudan: \"Sudan bombed refugee camp\"";
        int p = headline.indexOf("Sudan bombed");
        int b = headline.indexOf("bombed");
        assertFalse(roles.notALocation(headline, new Toponym(new Span(p, p + 5), "Sudan", 0, null, null), new Span(b, b + 6)).isEmpty());
        assertTrue(located("Refugees said: \"bombs fell on the camp in Sudan\"", "Sudan", "bombs fell"));
        // Voice of America, 2025-03-12 (public domain): where a speaker sits and where a train left from
        Toponym quetta = new Toponym(new Span(43, 49), "Quetta", 0, null, null);
        assertTrue(roles.home("Imran Hayat, the railway superintendent in Quetta, told VOA.", quetta));
        String departed = "A train carrying security officials had departed Quetta.";
        int d = departed.indexOf("Quetta");
        assertTrue(roles.routeEnd(departed, new Toponym(new Span(d, d + 6), "Quetta", 0, null, null)));
        assertTrue(located("Gunmen attacked a train in Quetta, police told VOA.", "Quetta", "attacked"), "the police told, not from Quetta");
        String directed = "Pakistan said the hostage-taking of a train was planned and directed from Afghan soil.";
        int a = directed.indexOf("Afghan");
        assertTrue(roles.runFrom(directed, new Toponym(new Span(a, a + 6), "Afghan", 0, null, null)), "where the act was run from");
        assertTrue(located("Troops were ordered to withdraw from Bakhmut on Monday.", "Bakhmut", "withdraw"), "an order is no direction from a place");
        // MUC-4 (La Paz, 26 May 1989): the victims' country is where they come from
        assertFalse(located("HE MADE THIS STATEMENT REFERRING TO THE MURDER OF TWO U.S. MISSIONARIES LAST WEDNESDAY NIGHT.", "U.S.", "MURDER"));
        assertFalse(located("Gunmen kidnapped three Chinese engineers in the south.", "Chinese", "kidnapped"));
        assertTrue(located("Five militants were killed near Lamu on Tuesday.", "Lamu", "killed"));
        assertTrue(located("Grozny's streets are still patrolled by troops.", "Grozny", "patrolled"), "a part of the place is the place");
        assertTrue(located("Soldiers were captured near Lebanon's southern border.", "Lebanon", "captured"));
        assertFalse(located("The government of Sudan bombed the refugee camp in Yida, South Sudan, on Thursday.", "Sudan", "bombed"));
        assertTrue(located("The government of Sudan bombed the refugee camp in Yida, South Sudan, on Thursday.", "South Sudan", "bombed"));
    }

    @Test
    void a_place_in_the_description_of_who_speaks_is_not_where_the_act_they_tell_was() {
        // after a New York Times report of the attack on the German consulate in Mazar-i-Sharif (November 2016)
        assertFalse(located("A spokesman for the German special forces command at its headquarters in Potsdam, Germany, said that Afghan police"
                + " forces fought with Taliban attackers.", "Potsdam", "fought"));
        assertFalse(located("Sayid Sarwar Hussaini, spokesman for the regional police zone in northern Afghanistan, said that there were two"
                + " large explosions at the hotel.", "Afghanistan", "explosions"));
        // written for the test: a place after the verb of saying, or before it with no speaker, is where the act was
        assertTrue(located("A police spokesman said that militants fought troops in Kalat.", "Kalat", "fought"));
        assertTrue(located("In Kalat, police said militants fought troops.", "Kalat", "fought"));
    }

    @Test
    void a_region_across_the_border_is_the_other_side() {
        // after an AFP report (March 2007) of a soldier captured in a raid on an army post
        org.sitrep.model.Place gaza = new org.sitrep.model.Place("Gaza Strip", 0, "PS", "Gaza Strip", null, 31.43, 34.42, 3, "A", null, null, 1.0, java.util.List.of());
        assertFalse(located("He was captured in a raid on an army post on the border with the Gaza Strip.", "Gaza Strip", "captured", gaza));
        assertTrue(located("He was captured in a raid on an army post in the Gaza Strip.", "Gaza Strip", "captured", gaza));
    }

    @Test
    void where_a_victim_comes_from_is_not_where_he_was_shot() {
        assertFalse(located("A nurse from Mombasa was shot dead outside a clinic in Garissa.", "Mombasa", "shot"));
        assertFalse(located("Vishwanand Subryan, 23, of Schenectady, was arrested not far from the scene.", "Schenectady", "arrested"));
        assertFalse(located("Officers caught up with 23-year-old Vishwanand Subryan of Schenectady, who was arrested.", "Schenectady", "arrested"));
    }

    @Test
    void the_ends_of_a_journey_are_not_where_it_was_attacked() {
        // Voice of America, 2025-03-12 (public domain)
        String train = "The Jaffar Express was traveling north from Quetta, Balochistan, to Peshawar, Khyber Pakhtunkhwa, when it came under a bomb and gun attack.";
        assertFalse(located(train, "Quetta", "attack"));
        assertFalse(located(train, "Balochistan", "attack"), "the province of the town of origin");
        assertFalse(located(train, "Peshawar", "attack"));
        assertFalse(located(train, "Khyber Pakhtunkhwa", "attack"));
        assertTrue(located("The train came under attack near Sibi on Tuesday.", "Sibi", "attack"));
    }

    @Test
    void a_country_that_does_the_capturing_is_the_agent() {
        assertFalse(located("Ethiopia captured the border town after heavy fighting.", "Ethiopia", "captured"));
        assertTrue(located("Rebels captured Goma after heavy fighting.", "Goma", "captured"));
    }

    @Test
    void where_a_source_sits_and_a_person_from_a_town_are_not_the_location() {
        assertFalse(located("A commander was killed on Monday, according to local media sources in Mosul.", "Mosul", "killed"));
        assertFalse(located("A Nairobi woman was shot in the leg outside her home.", "Nairobi", "shot"));
    }

    @Test
    void a_capital_that_speaks_stands_for_its_government() {
        assertFalse(located("Brussels condemns the bombing of a school in the south.", "Brussels", "bombing"));
        assertFalse(located("Khartoum denied that its jets bombed the camp.", "Khartoum", "bombed"));
        assertTrue(located("Gunmen attacked a police post in Khartoum on Monday.", "Khartoum", "attacked"));
        assertFalse(located("Juba accuses Sudan of air strike on refugee camp.", "Sudan", "air strike"));
        assertFalse(located("Officials have condemned Sudan after an aerial bombardment of a camp.", "Sudan", "aerial bombardment"));
        assertFalse(located("There was no comment from the government in Khartoum as fighting broke out.", "Khartoum", "fighting"));
        assertTrue(located("Government forces in Aleppo shelled rebel positions.", "Aleppo", "shelled"));
        assertTrue(located("Last March, authorities in Manila arrested two guerrilla leaders.", "Manila", "arrested"));
        assertTrue(located("A daylight attack in northeastern India blamed on separatist guerrillas killed six.", "India", "attack"));
        assertFalse(located("We reject allegations linking the attack on a passenger train in Balochistan province with Afghanistan.", "Afghanistan", "attack"));
        assertTrue(located("We reject allegations linking the attack on a passenger train in Balochistan province with Afghanistan.", "Balochistan", "attack"));
    }

    @Test
    void a_bare_apostrophe_possessive_and_fighters_of_a_group_are_not_locations() {
        assertFalse(located("A photographer for Caracas' Diario newspaper was shot in the face.", "Caracas", "shot"));
        assertFalse(located("Civilians were killed when militants of Nusra hit two villages.", "Nusra", "killed"));
        assertFalse(located("The United States has captured two of the officials.", "United States", "captured"));
    }

    @Test
    void a_country_that_owns_or_runs_something_is_not_where_the_act_was() {
        assertFalse(located("Rebels attacked a convoy for a mining company operated by China.", "China", "attacked"));
        assertTrue(located("Rebels attacked a convoy near the border with China.", "China", "attacked"));
    }

    @Test
    void the_opponent_in_a_contest_is_a_party_but_the_target_of_a_strike_is_a_place() {
        // Voice of America, 2021-05-15 (public domain)
        assertFalse(located("To what extent the United States will defend its longtime ally in its battle against Beijing, was not made clear.", "Beijing", "battle"));
        assertFalse(located("Western sanctions against Moscow were tightened after the fighting.", "Moscow", "fighting"));
        assertTrue(located("Russia launched missile strikes against Kyiv overnight.", "Kyiv", "strikes"));
        assertTrue(located("The offensive against Mosul began on Monday.", "Mosul", "offensive"));
        org.sitrep.model.Place country = new org.sitrep.model.Place("South Sudan", 7909807, "SS", null, null, 7.5, 30.0, 3, "A", "South Sudan", null, 1.0, null);
        assertTrue(located("Armed groups are fighting a proxy war against South Sudan.", "South Sudan", "fighting", country), "a war against a country is fought in it");
    }

    private boolean party(String text, String place) {
        int p = text.indexOf(place);
        return roles.standsForParty(text, new Toponym(new Span(p, p + place.length()), place, 0, null, null));
    }

    @Test
    void a_capital_that_speaks_reports_or_glosses_a_pronoun_stands_for_its_government() {
        assertTrue(party("Khartoum reported fresh clashes in the state on Thursday.", "Khartoum"));
        assertTrue(party("\"They (Khartoum) don't want any life in the mountains,\" he said.", "Khartoum"));
        assertTrue(party("South Sudan accused Khartoum of bombing the camp.", "Khartoum"));
        assertTrue(party("Last week, Khartoum submitted its second complaint to the council.", "Khartoum"));
        assertTrue(party("The camp was bombed, according to The New York Times.", "New York"));
        assertFalse(party("Two bombs exploded in Khartoum on Thursday.", "Khartoum"));
        assertFalse(party("Fighting in the capital (Khartoum) went on.", "Khartoum"), "a gloss of a place is the place");
        assertFalse(located("\"They (Khartoum) don't want any life here,\" he said after the bombing.", "Khartoum", "bombing"));
    }
}
