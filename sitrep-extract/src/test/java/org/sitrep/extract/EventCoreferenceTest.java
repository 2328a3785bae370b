package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/**
 * One bombing told in a headline, a lead and the body of one report (after a Reuters story of a refugee camp
 * bombed in South Sudan, 10 November 2011), beside acts of their own.
 */
class EventCoreferenceTest {
    private static final Place UNITY = new Place("Unity", 0, "SS", "Unity", null, 8.8, 30.0, 3, "A", "Unity", new Span(130, 135), 1.0, List.of());
    private static final Place KORDOFAN = new Place("Southern Kordofan", 0, "SD", "Southern Kordofan", null, 11.2, 29.4, 3, "A", "South Kordofan",
            new Span(930, 944), 1.0, List.of());
    private static final TimeSpan THURSDAY = new TimeSpan(LocalDate.of(2011, 11, 10), LocalDate.of(2011, 11, 10), 1, "Thursday", new Span(150, 158), false, null);

    /** An event of sentence {@code n} (sentence n spans n*100 .. n*100+90); the place or date counts as its own when its span lies there. */
    private static Event event(int n, SubEventType sub, Place place, TimeSpan date, Fatalities toll, String text, double confidence) {
        return new Event("r-e" + n, "r", sub.type(), sub, null, null, List.of(), place, date == null ? TimeSpan.unknown("none") : date, toll,
                new Claim(ClaimStatus.REPORTED, List.of(), "weak", null), new Sentence(n, new Span(n * 100, n * 100 + 90), text), "t", confidence,
                List.of(), List.of());
    }

    @Test
    void a_later_telling_set_apart_from_some_other_act_is_still_the_act_with_the_same_large_toll() {
        // after a VOA report of Somali air strikes, 12 March 2025: the lead's strikes, then a heading run into its paragraph
        Event lead = event(0, SubEventType.AIR_DRONE_STRIKE, null, null,
                new Fatalities(50, 50, null, false, false, "killed at least 50", new Span(40, 58)), "They later killed at least 50 al-Shabab militants in airstrikes", 0.8);
        Event heading = event(5, SubEventType.AIR_DRONE_STRIKE, null, null,
                new Fatalities(50, 50, null, false, false, "kill 50 militants", new Span(510, 527)),
                "Airstrikes kill 50 militants Hours after ending this week's hotel siege, the agency said forces killed dozens elsewhere", 0.7);
        assertEquals(1, EventCoreference.join(List.of(lead, heading)).size());
        // a small toll told twice is no proof: "another" keeps two strikes apart
        Event three = event(0, SubEventType.AIR_DRONE_STRIKE, null, null,
                new Fatalities(3, 3, null, false, false, "killed 3", new Span(10, 18)), "An airstrike killed 3 militants", 0.8);
        Event another = event(5, SubEventType.AIR_DRONE_STRIKE, null, null,
                new Fatalities(3, 3, null, false, false, "killed 3", new Span(520, 528)), "Another airstrike killed 3 militants", 0.8);
        assertEquals(2, EventCoreference.join(List.of(three, another)).size());
    }

    @Test
    void a_victim_named_without_a_number_is_one_of_the_counted_dead_not_a_lower_toll() {
        // after a VOA report of Somali air strikes, 12 March 2025
        Event counted = event(0, SubEventType.AIR_DRONE_STRIKE, UNITY, null,
                new Fatalities(50, 50, null, false, false, "killed at least 50", new Span(40, 58)), "Airstrikes killed at least 50 militants", 0.8);
        Event named = event(3, SubEventType.AIR_DRONE_STRIKE, UNITY, null,
                new Fatalities(1, null, null, false, false, "killed Mansoor Tima-Weeyne", new Span(340, 366)), "The airstrikes killed Mansoor Tima-Weeyne", 0.6);
        assertEquals(50, Events.merge(counted, named).fatalities().best());
        assertEquals(50, Events.merge(named, counted).fatalities().best());
        Event fewer = event(4, SubEventType.AIR_DRONE_STRIKE, UNITY, null,
                new Fatalities(30, 30, null, false, false, "killed 30", new Span(440, 449)), "Officials said the strikes killed 30", 0.6);
        assertEquals(30, Events.merge(counted, fewer).fatalities().best(), "two counts: ACLED keeps the lower");
    }

    @Test
    void gunmen_a_later_mention_names_as_a_group_are_that_group_and_a_town_in_the_told_province_is_the_place() {
        // after a VOA report of a hotel siege in Somalia (2025) and of a train attack in Balochistan (2025)
        org.sitrep.model.Actor gunmen = new org.sitrep.model.Actor("Unidentified Armed Group (Somalia)", "SO", 3, "UAF", "gunmen", new Span(0, 6), false);
        org.sitrep.model.Actor shabaab = new org.sitrep.model.Actor("Al Shabaab", "SO", 2, "REB", "al-Shabab", new Span(300, 309), false);
        Place province = new Place("Balochistan", 1, "PK", "Balochistan", null, 28.0, 65.0, 3, "A", "Balochistan", new Span(40, 51), 1.0, List.of());
        Place town = new Place("Sibi", 2, "PK", "Balochistan", null, 29.5, 67.9, 1, "P", "Sibi", new Span(340, 344), 1.0, List.of());
        Event first = withActor(event(0, SubEventType.ATTACK, province, null, null, "Gunmen attacked a passenger train in Balochistan", 0.8), gunmen);
        Event second = withActor(event(3, SubEventType.ATTACK, town, null, null, "Al-Shabab militants attacked the train near Sibi", 0.6), shabaab);
        assertEquals(province, EventCoreference.join(List.of(first, second)).get(0).location(), "a town the sentence did not name as the act's place");
        second = new Event(second.id(), second.reportId(), second.type(), second.subType(), second.actor1(), second.actor2(), second.associated(),
                second.location(), second.date(), second.fatalities(), second.claim(), second.sentence(), second.trigger(), second.confidence(),
                second.evidence(), List.of("location: " + PlaceChooser.NAMED_HERE));
        List<Event> out = EventCoreference.join(List.of(first, second));
        assertEquals(1, out.size());
        assertEquals(shabaab, out.get(0).actor1(), "the named group over unidentified gunmen");
        assertEquals(town, out.get(0).location(), "the finer of two nested places");
        org.sitrep.model.Actor army = new org.sitrep.model.Actor("Military Forces of Somalia", "SO", 1, "MIL", "soldiers", new Span(300, 308), false);
        assertEquals(2, EventCoreference.join(List.of(first, withActor(second, army))).size(), "gunmen are no army");
    }

    @Test
    void the_place_a_later_mention_names_brings_its_own_evidence_and_note_not_the_lent_ones() {
        // after a Daily Express report of protests after the 2016 US election: "post-election scenes of protests" (the
        // report's main place lent to it), then "Protests: ... some came to New York's Trump Tower"
        Event lent = withEvidence(event(0, SubEventType.PEACEFUL_PROTEST, UNITY, null, null, "post-election scenes of protests", 0.5),
                List.of(new Evidence("location", UNITY.span(), "Unity")), List.of("location: no place in the sentence; the report's main place"));
        Event named = withEvidence(event(9, SubEventType.PEACEFUL_PROTEST, KORDOFAN, null, null, "Protests: some came to South Kordofan", 0.5),
                List.of(new Evidence("location", KORDOFAN.span(), "South Kordofan")), List.of("location: " + PlaceChooser.NAMED_HERE));
        List<Event> out = EventCoreference.join(List.of(lent, named));
        assertEquals(1, out.size());
        assertEquals(KORDOFAN, out.get(0).location());
        assertEquals(List.of(KORDOFAN.span()), out.get(0).evidence().stream().filter(x -> x.field().equals("location")).map(Evidence::span).toList());
        assertEquals(List.of("location: " + PlaceChooser.NAMED_HERE), out.get(0).notes().stream().filter(n -> n.startsWith("location:")).toList());
    }

    private static Event withEvidence(Event e, List<Evidence> evidence, List<String> notes) {
        return new Event(e.id(), e.reportId(), e.type(), e.subType(), e.actor1(), e.actor2(), e.associated(), e.location(), e.date(), e.fatalities(),
                e.claim(), e.sentence(), e.trigger(), e.confidence(), evidence, notes);
    }

    private static Event withActor(Event e, org.sitrep.model.Actor a) {
        return new Event(e.id(), e.reportId(), e.type(), e.subType(), a, e.actor2(), e.associated(), e.location(), e.date(), e.fatalities(),
                e.claim(), e.sentence(), e.trigger(), e.confidence(), List.of(new org.sitrep.model.Evidence("sentence", e.sentence().span(), e.sentence().text())),
                e.notes());
    }

    @Test
    void a_headline_a_lead_and_later_mentions_of_one_bombing_are_one_event_that_keeps_the_leads_place_and_day() {
        List<Event> out = EventCoreference.join(List.of(
                event(0, SubEventType.AIR_DRONE_STRIKE, UNITY, null, null, "South Sudan accuses Sudan of air strike on refugee camp", 0.8),
                event(1, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, UNITY, THURSDAY, null, "A refugee camp in Unity state was bombed Thursday", 0.7),
                event(5, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, UNITY, null,
                        new Fatalities(1000, 1000, 1000, false, false, "more than 1,000 people have died", new Span(510, 540)),
                        "Witnesses said there were three explosions and more than 1,000 people have died", 0.56)));
        assertEquals(1, out.size());
        Event e = out.get(0);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, e.subType(), "the most confident telling names the sub-type");
        assertEquals(THURSDAY, e.date(), "the lead's own day");
        assertEquals(null, e.fatalities(), "a toll in a mention with no place or day of its own is not the act's");
    }

    @Test
    void a_week_guessed_from_the_reporting_day_gives_way_to_the_day_a_later_mention_names() {
        TimeSpan reported = new TimeSpan(LocalDate.of(2011, 11, 4), LocalDate.of(2011, 11, 10), 2, "Thursday", new Span(160, 168), false,
                TimeSpan.REPORTING_WEEK + "\"Thursday\" is given: the event is taken to be within the week before it");
        TimeSpan tuesday = new TimeSpan(LocalDate.of(2011, 11, 8), LocalDate.of(2011, 11, 8), 1, "Tuesday", new Span(250, 257), false, null);
        List<Event> out = EventCoreference.join(List.of(
                event(1, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, UNITY, reported, null, "A camp in Unity was bombed, officials said Thursday", 0.7),
                event(2, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, UNITY, tuesday, null, "The bombing took place on Tuesday night", 0.56)));
        assertEquals(1, out.size());
        assertEquals(tuesday, out.get(0).date(), "the act's own day, not the week before it was reported");
    }

    @Test
    void acts_at_other_places_on_other_days_or_marked_as_another_stay_apart() {
        TimeSpan june = new TimeSpan(LocalDate.of(2011, 6, 1), LocalDate.of(2011, 6, 30), 3, "June", new Span(960, 964), false, null);
        List<Event> out = EventCoreference.join(List.of(
                event(1, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, UNITY, THURSDAY, null, "A refugee camp in Unity state was bombed Thursday", 0.7),
                event(9, SubEventType.SHELLING_ARTILLERY_MISSILE, KORDOFAN, june, null, "Sudan has shelled South Kordofan since June", 0.6),
                event(3, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, UNITY, null, null, "Another bomb hit a market in the state", 0.56),
                event(4, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, UNITY, null, null, "Hours before, three cousins died when a school was bombed", 0.56)));
        assertEquals(4, out.size());
    }

    @Test
    void a_suicide_blast_and_an_air_strike_are_never_one_act_and_another_speaker_also_saying_is_no_other_act() {
        // VOA on a hotel siege in Beledweyne: militants "blew themselves up"; airstrikes elsewhere in the region are another act
        List<Event> out = EventCoreference.join(List.of(
                event(1, SubEventType.SUICIDE_BOMB, null, null, null, "Four of them desperately blew themselves up", 0.7),
                event(2, SubEventType.AIR_DRONE_STRIKE, UNITY, null, null, "Coordinated airstrikes in the region have killed 50 militants", 0.8)));
        assertEquals(2, out.size());
        List<Event> said = EventCoreference.join(List.of(
                event(1, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, UNITY, THURSDAY, null, "A refugee camp in Unity state was bombed Thursday", 0.7),
                event(2, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, null, null, null, "The minister also said the bombing was a war crime", 0.5)));
        assertEquals(1, said.size(), "'also said': another speaker on the same act");
    }

    @Test
    void once_a_joined_mention_has_given_the_event_its_place_a_later_one_elsewhere_stays_apart() {
        Event headline = event(0, SubEventType.AIR_DRONE_STRIKE, UNITY, null, null, "Officials condemned an aerial bombardment of a camp", 0.8);
        Event lead = withSentenceEvidence(event(1, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, UNITY, null, null, "The camp in Unity State was bombed", 0.56));
        Event kordofan = withSentenceEvidence(event(9, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, KORDOFAN, null, null, "Planes bombed South Kordofan", 0.56));
        List<Event> out = EventCoreference.join(List.of(headline, lead, kordofan));
        assertEquals(2, out.size(), out.toString());
        assertEquals(UNITY, out.get(0).location());
    }

    @Test
    void a_cue_for_another_act_in_a_later_clause_is_about_that_clause_not_the_trigger() {
        // voa-8011115: the special forces and U.S. Central Command tell one airstrike; the "previous raid" is the DNA's
        Event first = event(1, SubEventType.AIR_DRONE_STRIKE, UNITY, THURSDAY, null, "He was killed Thursday in an airstrike in Unity", 0.8);
        String told = "Central Command said he was killed in a precision airstrike Thursday, and that his body was later identified using DNA "
                + "recovered during a previous raid";
        Event second = withTrigger(event(2, SubEventType.AIR_DRONE_STRIKE, null, null, null, told, 0.8), told, "airstrike");
        assertEquals(1, EventCoreference.join(List.of(first, second)).size());
        String another = "A bomb was dropped on the camp in an airstrike, the second in a week";
        Event third = withTrigger(event(3, SubEventType.AIR_DRONE_STRIKE, null, null, null, another, 0.8), another, "airstrike");
        assertEquals(2, EventCoreference.join(List.of(first, third)).size(), "a cue in the trigger's own clause still marks another act");
        // ECB+ (Enough Project, 10 November 2011): the second aircraft is no second bombing
        String after = "The first aircraft departed without incident, but the bombings reportedly began shortly after the second aircraft arrived";
        Event began = withTrigger(event(4, SubEventType.AIR_DRONE_STRIKE, null, null, null, after, 0.8), after,
                "bombings reportedly began shortly after the second aircraft");
        assertEquals(1, EventCoreference.join(List.of(first, began)).size(), "a time clause's words are about what the act came after");
        String before = "A bomb hit the market hours before the strike on the camp";
        Event hours = withTrigger(event(5, SubEventType.AIR_DRONE_STRIKE, null, null, null, before, 0.8), before, "bomb hit");
        assertEquals(2, EventCoreference.join(List.of(first, hours)).size(), "'hours before' still marks another act");
    }

    @Test
    void a_bare_bombing_is_coded_by_the_means_another_mention_names_and_one_means_excludes_another() {
        // after ECB+ reports of a refugee camp bombed in South Sudan (November 2011) and of UN schools in Gaza (January 2009)
        String headline = "Refugee Camp Bombed, Allegedly By Sudanese Government";
        String planes = "Sudan Armed Forces planes dropped four bombs in the region Thursday";
        Event bombed = withTrigger(event(0, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, UNITY, null, null, headline, 0.8), headline, "Bombed");
        Event dropped = withTrigger(event(3, SubEventType.AIR_DRONE_STRIKE, null, null, null, planes, 0.6), planes, "planes dropped four bombs");
        List<Event> camp = EventCoreference.join(List.of(bombed, dropped));
        assertEquals(1, camp.size());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, camp.get(0).subType(), "the planes name how the camp was bombed");
        String car = "A car bomb exploded at the camp";
        Event carBomb = withTrigger(event(0, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, UNITY, null, null, car, 0.8), car, "car bomb");
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, EventCoreference.join(List.of(carBomb, dropped)).get(0).subType(),
                "a named car bomb keeps its means");

        String schools = "the bombing of UN schools killed more than 50 people";
        String perimeter = "three shells landed at the perimeter of the school";
        String house = "12 of one family were killed in an air strike on their house";
        Event school = withTrigger(event(0, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, null, null, null, schools, 0.8), schools, "bombing");
        Event shells = withTrigger(event(2, SubEventType.SHELLING_ARTILLERY_MISSILE, null, null, null, perimeter, 0.6), perimeter, "shells");
        Event strike = withTrigger(event(4, SubEventType.AIR_DRONE_STRIKE, null, null, null, house, 0.6), house, "air strike");
        List<Event> gaza = EventCoreference.join(List.of(school, shells, strike));
        assertEquals(2, gaza.size(), "once told as shelling, the bombing is no air strike's telling");
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, gaza.get(0).subType());
    }

    private static Event withTrigger(Event e, String text, String trigger) {
        int at = e.sentence().span().start() + text.indexOf(trigger);
        return new Event(e.id(), e.reportId(), e.type(), e.subType(), e.actor1(), e.actor2(), e.associated(), e.location(), e.date(), e.fatalities(),
                e.claim(), new Sentence(e.sentence().index(), new Span(e.sentence().span().start(), e.sentence().span().start() + text.length()), text),
                trigger, e.confidence(), List.of(new org.sitrep.model.Evidence("event_type", new Span(at, at + trigger.length()), trigger)), e.notes());
    }

    private static Event withSentenceEvidence(Event e) {
        return new Event(e.id(), e.reportId(), e.type(), e.subType(), e.actor1(), e.actor2(), e.associated(), e.location(), e.date(), e.fatalities(),
                e.claim(), e.sentence(), e.trigger(), e.confidence(), List.of(new org.sitrep.model.Evidence("sentence", e.sentence().span(), e.sentence().text())),
                e.notes());
    }

    @Test
    void a_demonstration_told_as_stone_throwing_and_then_as_demonstrators_is_one_violent_demonstration_of_rioters() {
        // after MUC-4 (Panama City, 12 January 1990): "some 150 people threw stones at the embassy ... the demonstrators,
        // who broke the windshields of some vehicles, were forced away"
        Actor rioters = new Actor("Rioters (Panama)", "PA", 5, "CVL", "people", new Span(10, 16), false);
        Actor protesters = new Actor("Protesters (Panama)", "PA", 6, "CVL", "demonstrators", new Span(104, 117), false);
        Event stones = withActor(event(0, SubEventType.VIOLENT_DEMONSTRATION, UNITY, THURSDAY, null, "threw stones at the embassy", 0.62), rioters);
        Event crowd = withActor(event(1, SubEventType.PEACEFUL_PROTEST, null, null, null, "The demonstrators were forced away", 0.4), protesters);
        List<Event> joined = EventCoreference.join(List.of(stones, crowd));
        assertEquals(1, joined.size());
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, joined.get(0).subType(), "coded by its most violent form");
        assertEquals("Rioters (Panama)", joined.get(0).actor1().name());
        List<Event> reversed = EventCoreference.join(List.of(withActor(event(0, SubEventType.PEACEFUL_PROTEST, UNITY, THURSDAY, null, "protesters marched", 0.5),
                protesters), withActor(event(1, SubEventType.VIOLENT_DEMONSTRATION, null, null, null, "they threw stones", 0.4), rioters)));
        assertEquals(1, reversed.size());
        assertEquals(org.sitrep.model.EventType.RIOTS, reversed.get(0).type());
        assertEquals("Rioters (Panama)", reversed.get(0).actor1().name(), "the marchers who threw stones are the riot's rioters");
        assertEquals(5, reversed.get(0).actor1().inter());
        // VOA, 10 May 2021: "withdrew ambassadors in 2018 over Israel's crackdown on protests" is history, not this riot's date
        TimeSpan in2018 = new TimeSpan(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), 3, "2018", new Span(150, 154), false, null);
        Event crackdown = withActor(event(1, SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, null, in2018, null, "crackdown on protests", 0.5), protesters);
        Event undated = withActor(event(0, SubEventType.VIOLENT_DEMONSTRATION, UNITY, null, null, "demonstrators threw rocks", 0.62), rioters);
        assertEquals(1, EventCoreference.join(List.of(undated, crackdown)).size(), "without the publication day nothing tells history");
        assertEquals(2, EventCoreference.join(List.of(undated, crackdown), LocalDate.of(2021, 5, 10)).size());
    }
}
