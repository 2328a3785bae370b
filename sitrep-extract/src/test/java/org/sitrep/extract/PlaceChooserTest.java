package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Report;
import org.sitrep.model.Span;
import org.sitrep.model.Toponym;

class PlaceChooserTest {
    private final PlaceChooser chooser = new PlaceChooser();

    /** The names the chooser gives as the location of the act at {@code trigger}, among {@code names} of one sentence. */
    private static AnnotatedReport report(String text) {
        return new AnnotatedReport(Report.of("r", text, LocalDate.of(2024, 7, 5)), List.of(), false);
    }

    /** A report of one annotated sentence (no tokens), published on {@code published}. */
    private static AnnotatedReport oneSentence(String text, LocalDate published) {
        var sentence = new org.sitrep.model.AnnotatedSentence(new org.sitrep.model.Sentence(0, new Span(0, text.length()), text), List.of(), List.of(),
                List.of(), List.of(), true);
        return new AnnotatedReport(Report.of("r", text, published), List.of(sentence), false);
    }

    private List<String> chosen(String text, String trigger, String... names) {
        AnnotatedReport report = new AnnotatedReport(Report.of("r", text, LocalDate.of(2017, 11, 13)), List.of(), false);
        int t = text.indexOf(trigger);
        List<Toponym> toponyms = Arrays.stream(names).map(n -> {
            int p = text.indexOf(n);
            return new Toponym(new Span(p, p + n.length()), n, 0, null, null);
        }).toList();
        return chooser.mentions(report, 0, new Span(t, t + trigger.length()), toponyms).stream().map(Toponym::text).toList();
    }

    @Test
    void a_country_named_for_its_border_near_the_act_is_the_neighbour() {
        String text = "Rebels attacked villages in the northeast, near the Cameroon border.";
        org.sitrep.model.Place cameroon = new org.sitrep.model.Place("Cameroon", 0, "CM", null, null, 6.0, 12.0, 3, "A", null, null, 1.0, List.of());
        AnnotatedReport report = new AnnotatedReport(Report.of("r", text, LocalDate.of(2024, 7, 5)), List.of(), false);
        int t = text.indexOf("attacked villages");
        assertEquals(List.of(), chooser.mentions(report, 0, new Span(t, t + 17), List.of(at(text, "Cameroon", 0, cameroon))));
        String inside = "Rebels attacked villages near Cameroon's border with Chad.";
        int u = inside.indexOf("attacked villages");
        assertEquals(1, chooser.mentions(report(inside), 0, new Span(u, u + 17), List.of(at(inside, "Cameroon", 0, cameroon))).size(),
                "a country whose own border region it is stays");
        String lead = "Rebels attacked villages in the northeast, near the Cameroon border. Troops were sent to Bangui.";
        org.sitrep.model.Place bangui = new org.sitrep.model.Place("Bangui", 2389853, "CF", "Bangui", null, 4.36, 18.55, 1, "P", null, null, 1.0, List.of());
        assertEquals("Bangui", chooser.focus(lead, List.of(at(lead, "Cameroon", 0, cameroon), at(lead, "Bangui", 1, bangui))).name(),
                "nor is it the report's focus");
        // ECB+ (a Guardian report from Gaza, January 2009): the country across "the border with"
        String tunnels = "The military said it had bombed smuggling tunnels across the border with Egypt.";
        org.sitrep.model.Place egypt = new org.sitrep.model.Place("Egypt", 0, "EG", null, null, 27.0, 30.0, 3, "A", null, null, 1.0, List.of());
        int b = tunnels.indexOf("bombed");
        assertEquals(List.of(), chooser.mentions(report(tunnels), 0, new Span(b, b + 6), List.of(at(tunnels, "Egypt", 0, egypt))));
    }

    @Test
    void a_place_named_but_not_placed_says_so() {
        String text = "Guerrillas attacked the command post in San Ramon with mortars.";
        AnnotatedReport report = oneSentence(text, LocalDate.of(1990, 5, 3));
        int p = text.indexOf("San Ramon");
        Toponym unplaced = new Toponym(new Span(p, p + 9), "San Ramon", 0, null, "no gazetteer entry", Toponym.PLACE);
        int t = text.indexOf("attacked");
        PlaceChooser.Choice c = chooser.choose(report, 0, new Span(t, t + 8), List.of(unplaced), null, null);
        assertNull(c.place());
        assertEquals("\"San Ramon\" is named but not placed: no gazetteer entry", c.reason());
        assertEquals("no place named in the sentence, and no main place of the report to fall back on", chooser.choose(report, 0, new Span(t, t + 8), List.of(), null, null).reason());
    }

    @Test
    void an_act_told_elsewhere_does_not_take_the_reports_main_place() {
        // Voice of America, 2025-03-12 (public domain)
        String text = "The security forces killed dozens of al-Shabab members elsewhere in Hirshabelle.";
        AnnotatedReport report = oneSentence(text, LocalDate.of(2025, 3, 12));
        org.sitrep.model.Place town = new org.sitrep.model.Place("Beledweyne", 57289, "SO", "Hiiraan", null, 4.74, 45.2, 1, "P", null, null, 1.0, List.of());
        int t = text.indexOf("killed");
        PlaceChooser.Choice c = chooser.choose(report, 0, new Span(t, t + 6), List.of(), town, null);
        assertNull(c.place(), c.reason());
        String here = "The security forces killed dozens of al-Shabab members.";
        AnnotatedReport plain = oneSentence(here, LocalDate.of(2025, 3, 12));
        assertEquals("Beledweyne", chooser.choose(plain, 0, new Span(t, t + 6), List.of(), town, null).place().name());
    }

    @Test
    void a_region_across_countries_is_no_one_countrys_place() {
        String text = "Jihadists attacked an army convoy in the Sahel on Monday, killing 12 soldiers.";
        AnnotatedReport report = oneSentence(text, LocalDate.of(2025, 3, 12));
        org.sitrep.model.Place sahel = new org.sitrep.model.Place("Sahel", 0, null, null, null, 15.0, 2.0, 3, "L", null, null, 1.0, List.of());
        org.sitrep.model.Place bamako = new org.sitrep.model.Place("Bamako", 2460596, "ML", "Bamako", null, 12.65, -8.0, 1, "P", null, null, 1.0, List.of());
        int t = text.indexOf("attacked");
        PlaceChooser.Choice c = chooser.choose(report, 0, new Span(t, t + 8), List.of(at(text, "Sahel", 0, sahel)), bamako, null);
        assertNull(c.place(), "the report's main place would be a guess at one of the region's countries");
        assertEquals("\"Sahel\" is named: " + PlaceChooser.ACROSS_COUNTRIES, c.reason());
        String plain = "Jihadists attacked an army convoy on Monday, killing 12 soldiers.";
        assertEquals("Bamako", chooser.choose(oneSentence(plain, LocalDate.of(2025, 3, 12)), 0, new Span(t, t + 8), List.of(), bamako, null).place().name());
        String envoy = "The Middle East envoy said gunmen attacked a convoy in Kidal.";
        org.sitrep.model.Place mideast = new org.sitrep.model.Place("Middle East", 0, null, null, null, 29.0, 41.0, 3, "L", null, null, 1.0, List.of());
        org.sitrep.model.Place kidal = new org.sitrep.model.Place("Kidal", 2455290, "ML", "Kidal", null, 18.44, 1.4, 1, "P", null, null, 1.0, List.of());
        int u = envoy.indexOf("attacked");
        assertEquals("Kidal", chooser.choose(oneSentence(envoy, LocalDate.of(2025, 3, 12)), 0, new Span(u, u + 8),
                List.of(at(envoy, "Middle East", 0, mideast), at(envoy, "Kidal", 0, kidal)), bamako, null).place().name(), "a town of one country named too stands");
    }

    @Test
    void the_reports_main_place_is_not_where_its_own_agent_acted() {
        // ECB+ (a headline of 11 November 2011): the focus came from the headline, where Sudan is the one that bombed
        String text = "South Sudan: \"Sudan bombed refugee camp\"";
        org.sitrep.model.Place sudan = new org.sitrep.model.Place("Sudan", 366755, "SD", null, null, 15.0, 30.0, 3, "A", "Sudan", new Span(14, 19), 1.0, List.of());
        int t = text.indexOf("bombed");
        Toponym agent = new Toponym(new Span(14, 19), "Sudan", 0, sudan, null);
        PlaceChooser.Choice c = chooser.choose(oneSentence(text, LocalDate.of(2011, 11, 11)), 0, new Span(t, t + 6), List.of(agent), sudan, null);
        assertNull(c.place());
        assertEquals(PlaceChooser.AGENT_FOCUS, c.reason());
    }

    @Test
    void where_people_fled_to_is_not_where_the_fighting_was() {
        assertEquals(List.of(), chosen("The fighting has forced a million people to flee to neighboring countries, including Cameroon, Chad and Sudan.",
                "fighting", "Cameroon", "Chad", "Sudan"));
        assertEquals(List.of("Yida"), chosen("Civilians fled as bombs fell on a camp in Yida on Thursday.", "bombs fell on", "Yida"));
    }

    @Test
    void a_place_told_before_a_later_step_is_the_earlier_steps() {
        // Voice of America, 2025-03-12 (public domain): the airstrikes came after the siege, in another region
        assertEquals(List.of(), chosen("Security forces in Somalia say they killed all six attackers who laid siege to a hotel in the central town of"
                + " Beledweyne and later killed at least 50 al-Shabab militants in airstrikes.", "airstrikes", "Beledweyne"));
        // written for the test: the next step of the same scene keeps its place
        assertEquals(List.of("Beledweyne"), chosen("Gunmen stormed a hotel in Beledweyne and then blew themselves up.", "blew themselves up", "Beledweyne"));
        // ... and the report's main place does not stand in for the later step's
        String text = "Forces killed six attackers who laid siege to a hotel in Beledweyne and later killed 50 militants in airstrikes.";
        org.sitrep.model.Place town = new org.sitrep.model.Place("Beledweyne", 57289, "SO", "Hiiraan", null, 4.74, 45.2, 1, "P", null, null, 1.0, List.of());
        int t = text.indexOf("airstrikes");
        PlaceChooser.Choice c = chooser.choose(oneSentence(text, LocalDate.of(2025, 3, 12)), 0, new Span(t, t + 10), List.of(at(text, "Beledweyne", 0, town)), town, null);
        assertNull(c.place());
        assertEquals(PlaceChooser.LATER_ELSEWHERE, c.reason());
    }

    @Test
    void the_neighbour_a_place_borders_is_not_where_it_happened() {
        assertEquals(List.of("Unity"), chosen("He was at the camp in oil-rich Unity, which borders Sudan, when it was bombed.", "bombed", "Unity", "Sudan"));
        assertEquals(List.of(), chosen("He was at a camp which borders Sudan when it was bombed.", "bombed", "Sudan"));
        assertEquals(List.of(), chosen("The aerial bombardments increase the potential of direct confrontation between Sudan and South Sudan.", "aerial bombardments",
                "Sudan", "South Sudan"), "the parties to a conflict are not where the bombs fell");
        assertEquals(List.of(), chosen("Relations between Ivory Coast and its former colonial power France were low when the bombing took place.", "bombing",
                "Ivory Coast", "France"));
    }

    @Test
    void a_place_across_a_clause_break_belongs_to_the_other_clause() {
        assertEquals(List.of("Samarra"), chosen("In Samarra, a merchant was killed by gunmen, and in Abu Ghraib four people were hurt by a bomb.",
                "killed", "Samarra", "Abu Ghraib"));
    }

    @Test
    void a_name_inside_the_trigger_phrase_is_a_candidate_like_any_other() {
        assertEquals(List.of("Marsh", "Sands"), chosen("Shelling hit the villages of Marsh and Sands on Friday.", "hit the villages of Marsh", "Marsh", "Sands"));
    }

    @Test
    void another_act_after_and_is_another_clause_and_the_place_after_the_act_wins_a_tie() {
        assertEquals(List.of("Pulwama"), chosen("One grenade was detonated at a town in Pulwama district and another one exploded near a bus in Anantnag.",
                "detonated", "Pulwama", "Anantnag"));
        assertEquals(List.of("Hamburg"), chosen("Supporters of the group that held the embassy in Lima, demonstrated in Hamburg on Wednesday.",
                "demonstrated", "Lima", "Hamburg"));
    }

    @Test
    void a_place_in_a_relative_clause_before_the_act_is_not_its_place() {
        assertEquals(List.of("Jalalabad"), chosen("The Taliban, which control most of Kandahar, captured the airport of Jalalabad on Tuesday.",
                "captured", "Kandahar", "Jalalabad"));
    }

    @Test
    void a_name_after_which_or_in_a_clause_with_its_own_subject_is_no_place_of_the_act() {
        assertEquals(List.of(), chosen("The border is patrolled by troops which have their bases in Turkey.", "patrolled", "Turkey"));
        assertEquals(List.of(), chosen("He was captured last year and Varela was killed in Venezuela.", "captured", "Venezuela"));
        assertEquals(List.of("Kabul"), chosen("Gunmen killed two men who were walking in Kabul.", "killed", "Kabul"));
    }

    @Test
    void listed_names_with_an_aside_or_the_nearby_town_of_share_the_act() {
        assertEquals(List.of("Tel Abyad", "Suluk"), chosen("Shelling hit Tel Abyad and the nearby town of Suluk on Friday.", "Shelling", "Tel Abyad", "Suluk"));
        assertEquals(List.of("Ansar", "Wiji"), chosen("Shells hit Ansar (twice) and Wiji overnight.", "Shells hit", "Ansar", "Wiji"));
        assertEquals(List.of("Wiji", "Maksoud"), chosen("Shells hit Wiji, and Aleppo's districts of Maksoud overnight.", "Shells hit", "Wiji", "Aleppo", "Maksoud"));
    }

    @Test
    void a_country_before_a_noun_phrase_of_aircraft_or_an_office_modifies_it() {
        assertEquals(List.of("Raqqa"), chosen("U.S. fighter jets bombed positions in Raqqa.", "bombed", "U.S.", "Raqqa"));
        assertEquals(List.of("Homs"), chosen("Civilians were killed in the city of Homs amid airstrikes by the air force.", "killed", "Homs"),
                "a preposition ends the noun phrase: the airstrikes are not Homs's");
        assertEquals(List.of(), chosen("The UAE Foreign Ministry condemned the attack.", "attack", "UAE"));
    }

    @Test
    void a_possessive_after_in_is_the_place_unless_it_owns_a_named_place() {
        assertEquals(List.of("Syria"), chosen("Two soldiers were killed in Syria's civil war on Monday.", "killed", "Syria"));
        assertEquals(List.of("Aleppo"), chosen("Dozens were killed in fighting in Syria's northern Aleppo province.", "killed", "Syria", "Aleppo"));
        assertEquals(List.of(), chosen("Mexico's army killed two gunmen.", "killed", "Mexico"));
        assertEquals(List.of("Kalat"), chosen("A suicide bomber struck a convoy in Balochistan's Kalat district on Monday.", "suicide bomber", "Balochistan", "Kalat"));
        assertEquals(List.of("Grozny"), chosen("Fighting raged in Grozny's streets.", "Fighting", "Grozny"), "an unnamed part is the place's own");
    }

    @Test
    void near_after_a_name_makes_the_second_name_a_reference_point() {
        assertEquals(List.of("Jdeideh"), chosen("In the village of Jdeideh near Jenin, troops captured two men.", "captured", "Jdeideh", "Jenin"));
    }

    @Test
    void a_dateline_is_where_the_story_was_filed_not_a_place_of_its_sentence() {
        assertEquals(List.of(), chosen("MEXICO CITY -- The acting police chief is shot dead outside his home.", "shot", "MEXICO CITY"));
        assertEquals(List.of(), chosen("BEIRUT, Lebanon (AP) - Gunmen shot a guard.", "shot", "BEIRUT"));
    }

    @Test
    void a_facility_named_after_its_place_is_that_place_and_sailors_are_an_origin() {
        assertEquals(List.of("Kawkab"), chosen("Nine soldiers were killed defending the Kawkab army base.", "killed", "Kawkab"));
        assertEquals(List.of(), chosen("Three US sailors were killed in the operation.", "killed", "US"));
    }

    @Test
    void where_a_victim_was_taken_or_died_later_is_not_where_the_act_was() {
        assertEquals(List.of(), chosen("He was captured and sent to Hoa Lo prison in Hanoi.", "captured", "Hanoi"));
        assertEquals(List.of(), chosen("He was shot three times and died later at a hospital in Nashville.", "shot", "Nashville"));
    }

    @Test
    void a_place_in_an_apposition_to_the_subject_yields_to_the_place_after_the_act() {
        assertEquals(List.of("Karbala"), chosen("Kupczyk, an officer with the brigade in Szczecin, was shot in an ambush north of Karbala on Thursday.",
                "shot", "Szczecin", "Karbala"));
    }

    @Test
    void a_list_of_places_after_a_colon_holds_one_place_per_item() {
        assertEquals(List.of("Aleppo", "Latakia", "Hama"), chosen("Positions were shelled 12 times since the truce: in Aleppo - 6 times; in highland Latakia - 2 times; in Hama - 4 times.",
                "shelled", "Aleppo", "Latakia", "Hama"));
    }

    @Test
    void a_clause_after_where_or_while_many_is_another_statement() {
        assertEquals(List.of(), chosen("The protesters marched to the UN office, where they delivered a message on Palestine.", "marched", "Palestine"));
        assertEquals(List.of(), chosen("Soldiers patrolled to prevent looting, while many took refuge in shelters in Tamaulipas.", "patrolled", "Tamaulipas"));
    }

    @Test
    void a_dateline_after_a_flattened_headline_is_still_a_dateline() {
        assertEquals(List.of(), chosen("MEXICO-POLICE KILLED   MEXICO CITY -- The acting police chief is shot dead.", "shot", "MEXICO CITY"));
    }

    @Test
    void names_listed_with_and_the_share_the_act() {
        assertEquals(List.of("Lebanese-Israeli border", "Litani River"),
                chosen("Troops patrol between the Lebanese-Israeli border and the Litani River.", "patrol", "Lebanese-Israeli border", "Litani River"));
    }

    @Test
    void a_town_named_only_for_its_government_is_not_the_reports_focus() {
        String text = "Khartoum denied the raid. Khartoum said the camp held rebels. Aid reached Bentiu on Friday.";
        org.sitrep.model.Place khartoum = new org.sitrep.model.Place("Khartoum", 1, "SD", null, null, 15.5, 32.5, 1, "P", null, null, 1.0, List.of());
        org.sitrep.model.Place bentiu = new org.sitrep.model.Place("Bentiu", 2, "SS", null, null, 9.3, 29.8, 1, "P", null, null, 1.0, List.of());
        List<Toponym> toponyms = List.of(at(text, "Khartoum", 0, khartoum), at(text, "Khartoum said", 0, khartoum), at(text, "Bentiu", 0, bentiu));
        assertEquals("Bentiu", chooser.focus(text, toponyms).name());
    }

    @Test
    void a_town_named_once_past_the_lead_is_not_the_reports_focus() {
        String text = "Rebels attacked ten villages in the northwest. Thousands fled. The army sent troops. Officials met in the capital, Bangui.";
        org.sitrep.model.Place bangui = new org.sitrep.model.Place("Bangui", 2389853, "CF", "Bangui", null, 4.36, 18.55, 1, "P", null, null, 1.0, List.of());
        assertNull(chooser.focus(text, List.of(at(text, "Bangui", 3, bangui))));
        String twice = text + " Aid left Bangui on Friday.";
        assertEquals("Bangui", chooser.focus(twice, List.of(at(twice, "Bangui", 3, bangui), at(twice, "Bangui on", 4, bangui))).name(),
                "named again, it is where the report is");
    }

    @Test
    void a_country_named_as_its_officials_home_in_the_lead_and_again_as_a_place_is_the_focus() {
        // after a VOA report from the Central African Republic (July 2024)
        org.sitrep.model.Place car = new org.sitrep.model.Place("Central African Republic", 0, "CF", null, null, 6.8, 20.7, 3, "A", null, null, 1.0, List.of());
        String lead = "Central African Republic officials are pleading with civilians to go back to their villages. Rebels attacked ten villages.";
        assertNull(chooser.focus(lead, List.of(at(lead, "Central African Republic", 0, car))), "named only as the officials' home");
        String again = lead + " Peacekeepers have been deployed in the Central African Republic.";
        int second = again.lastIndexOf("Central African Republic");
        Toponym placeAgain = new Toponym(new Span(second, second + 24), "Central African Republic", 2, car, null);
        assertEquals("Central African Republic", chooser.focus(again, List.of(at(again, "Central African Republic", 0, car), placeAgain)).name());
    }

    @Test
    void where_a_train_set_out_from_is_not_the_reports_focus() {
        // after a VOA report of a train attack in Pakistan (March 2025)
        String text = "Gunmen attacked a passenger train in the southwest. The train was traveling north from Quetta to Peshawar when it came under attack.";
        org.sitrep.model.Place quetta = new org.sitrep.model.Place("Quetta", 4, "PK", "Balochistan", null, 30.2, 67.0, 1, "P", null, null, 1.0, List.of());
        assertNull(chooser.focus(text, List.of(at(text, "Quetta", 1, quetta))));
    }

    @Test
    void where_the_accused_lives_is_not_the_reports_focus() {
        String text = "A woman was killed in a hit-and-run crash on Friday. Police caught 23-year-old Kevin Ruiz of Riverton a few blocks away.";
        org.sitrep.model.Place riverton = new org.sitrep.model.Place("Riverton", 3, "US", "NY", null, 42.8, -73.9, 1, "P", null, null, 1.0, List.of());
        assertNull(chooser.focus(text, List.of(at(text, "Riverton", 1, riverton))));
        String moved = "A woman was killed in a hit-and-run crash in Riverton on Friday.";
        assertEquals("Riverton", chooser.focus(moved, List.of(at(moved, "Riverton", 0, riverton))).name());
    }

    private static Toponym at(String text, String phrase, int sentence, org.sitrep.model.Place place) {
        int p = text.indexOf(phrase);
        String name = place.name();
        return new Toponym(new Span(p, p + name.length()), name, sentence, place, null);
    }

    @Test
    void a_town_left_unnamed_is_the_one_town_of_its_country_the_next_sentence_names() {
        // after a Guardian report of the attack on the German consulate in Mazar-i-Sharif (November 2016)
        PlaceChooser.Choice c = consulate("Two people died in a suicide attack on the German consulate in a city in north Afghanistan.");
        assertEquals("Mazar-i-Sharif", c.place().name());
        assertEquals(2, c.place().geoPrecision());
        assertEquals(PlaceChooser.UNNAMED_TOWN, c.reason());
        // written for the test: the country named as such, not as the home of an unnamed town, stays the place
        assertEquals("Afghanistan", consulate("Two people died in a suicide attack in north Afghanistan.").place().name());
    }

    /** The place chosen for the suicide attack of {@code first}, followed by a sentence naming Mazar-i-Sharif. */
    private PlaceChooser.Choice consulate(String first) {
        String text = first + " A car was rammed into the wall of the consulate in Mazar-i-Sharif.";
        int second = first.length() + 1;
        var s0 = new org.sitrep.model.AnnotatedSentence(new org.sitrep.model.Sentence(0, new Span(0, first.length()), first),
                List.of(), List.of(), List.of(), List.of(), true);
        var s1 = new org.sitrep.model.AnnotatedSentence(new org.sitrep.model.Sentence(1, new Span(second, text.length()), text.substring(second)),
                List.of(), List.of(), List.of(), List.of(), true);
        AnnotatedReport report = new AnnotatedReport(Report.of("r", text, LocalDate.of(2016, 11, 10)), List.of(s0, s1), false);
        org.sitrep.model.Place afghanistan = new org.sitrep.model.Place("Afghanistan", 0, "AF", null, null, 33.9, 67.7, 3, "A", null, null, 1.0, List.of());
        org.sitrep.model.Place mazar = new org.sitrep.model.Place("Mazar-i-Sharif", 1133453, "AF", "Balkh", null, 36.7, 67.1, 1, "P", null, null, 1.0, List.of());
        int t = text.indexOf("suicide attack");
        return chooser.choose(report, 0, new Span(t, t + 14), List.of(at(text, "Afghanistan", 0, afghanistan), at(text, "Mazar-i-Sharif", 1, mazar)), null, null);
    }

    @Test
    void a_continent_locates_no_event() {
        String text = "Opposition leaders are often arrested in Africa.";
        org.sitrep.model.Place africa = new org.sitrep.model.Place("Africa", 6255146, null, null, null, 7.2, 21.1, 3, "L", null, null, 1.0, List.of());
        AnnotatedReport report = new AnnotatedReport(Report.of("r", text, LocalDate.of(2019, 12, 17)), List.of(), false);
        int t = text.indexOf("arrested");
        assertEquals(List.of(), chooser.mentions(report, 0, new Span(t, t + 8), List.of(at(text, "Africa", 0, africa))));
    }

    private static AnnotatedReport oneSentence(String text) {
        var sentence = new org.sitrep.model.AnnotatedSentence(new org.sitrep.model.Sentence(0, new Span(0, text.length()), text),
                List.of(), List.of(), List.of(), List.of(), true);
        return new AnnotatedReport(Report.of("r", text, LocalDate.of(1989, 8, 24)), List.of(sentence), false);
    }

    @Test
    void this_city_is_the_datelines_city_and_other_sentences_keep_the_focus() {
        String text = "He was shot as he left his home in the southern part of this city.";
        org.sitrep.model.Place guatemala = new org.sitrep.model.Place("Guatemala City", 3598132, "GT", "Guatemala", null, 14.64, -90.51, 1, "P", null, null, 1.0, List.of());
        org.sitrep.model.Place lima = new org.sitrep.model.Place("Lima", 3936456, "PE", "Lima", null, -12.04, -77.03, 1, "P", null, null, 1.0, List.of());
        int t = text.indexOf("shot");
        Span trigger = new Span(t, t + 4);
        PlaceChooser.Choice c = chooser.choose(oneSentence(text), 0, trigger, List.of(), lima, guatemala);
        assertEquals("Guatemala City", c.place().name());
        assertEquals(PlaceChooser.DATELINE_CITY, c.reason());
        String other = "He was shot as he left his home in the southern part of the city.";
        assertEquals("Lima", chooser.choose(oneSentence(other), 0, trigger, List.of(), lima, guatemala).place().name(), "'the city' is the report's main place");
    }

    @Test
    void a_country_owning_a_region_the_gazetteer_lacks_is_the_place() {
        String text = "An offensive launched by forces in Somalia's Puntland region killed 20 militants.";
        org.sitrep.model.Place somalia = new org.sitrep.model.Place("Somalia", 0, "SO", null, null, 10.0, 49.0, 3, "A", null, null, 1.0, List.of());
        org.sitrep.model.Place puntland = new org.sitrep.model.Place("Puntland", 0, "SO", "Puntland", null, 8.4, 49.1, 3, "A", null, null, 1.0, List.of());
        AnnotatedReport report = new AnnotatedReport(Report.of("r", text, LocalDate.of(2025, 3, 13)), List.of(), false);
        int t = text.indexOf("offensive");
        Span trigger = new Span(t, t + 9);
        int p = text.indexOf("Puntland");
        Toponym unknown = new Toponym(new Span(p, p + 8), "Puntland", 0, null, "no gazetteer entry");
        assertEquals("Somalia", chooser.choose(report, 0, trigger, List.of(at(text, "Somalia", 0, somalia), unknown), null, null).place().name());
        Toponym known = new Toponym(new Span(p, p + 8), "Puntland", 0, puntland, null);
        assertEquals("Puntland", chooser.choose(report, 0, trigger, List.of(at(text, "Somalia", 0, somalia), known), null, null).place().name());
    }
}
