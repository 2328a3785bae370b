package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Fatalities;

/** Sentences from Voice of America stories (public domain) and short sentences in wire style. */
class FatalityExtractorTest {
    private final FatalityExtractor extractor = new FatalityExtractor(new NumberParser());

    @Test
    void killing_n_with_at_least_is_a_lower_bound() {
        Fatalities f = extractor.extract("Security forces in Somalia say they later killed at least 50 al-Shabab militants in airstrikes.", 0);
        assertEquals(50, f.best());
        assertEquals(50, f.min());
        assertNull(f.max());
    }

    @Test
    void a_scale_word_after_a_number_is_part_of_it() {
        assertEquals(2_000_000, extractor.extract("Some 2 million died in the latest war, which killed 2 million people.", 0).best());
        assertEquals(1_500_000, new NumberParser().parse("1.5 million").getAsInt());
        assertEquals(3_000, new NumberParser().parse("three thousand").getAsInt());
        assertEquals(2_000_000, new NumberParser().parse("two million").getAsInt());
        assertEquals(12, new NumberParser().parse("12").getAsInt());
    }

    @Test
    void passive_killed_with_digits() {
        assertEquals(11, extractor.extract("Days later, a roadside bomb blast killed 11 coal miners in the city.", 0).best());
        assertEquals(4, extractor.extract("Four frontier corps personnel were also killed, including one during the clearance operation, Chaudhry said.", 0).best());
        assertEquals(3, extractor.extract("Three Americans were killed.", 0).best(), "VOA (Kenya, 2020): a nationality's people");
        // MUC-4 (DPA, Medellin, 26 October 1989): a participle phrase between the counted persons and the verb
        assertEquals(2, extractor.extract("Two policemen guarding the Ecuadoran consulate in Medellin were killed today by unidentified gunmen.", 0).best());
        assertEquals(null, extractor.extract("Two policemen guarding the consulate were wounded today by gunmen.", 0), "wounded, not killed");
        // MUC-4 (AFP, Bogota, 31 October 1989): two named victims, or one and a relative of his, with no number
        assertEquals(2, extractor.extract("ROA AND SAAVEDRA WERE GUNNED DOWN BY HITMEN IN A JEEP.", 0).best());
        assertEquals(2, extractor.extract("FABIO ROA, CANDIDATE FOR MAYOR, AND HIS BROTHER - IN - LAW NORBERTO SAAVEDRA WERE SHOT TO DEATH.", 0).best(),
                "wire copy spaces its hyphens");
        assertEquals(2, extractor.extract("Liberal Party member Fabio Roa, candidate for mayor of Puerto Lopez, and his brother-in-law Norberto Saavedra "
                + "were shot to death in a busy street.", 0).best());
        assertEquals(null, extractor.extract("Police and soldiers were killed in the fighting.", 0), "plural groups: no count");
        assertEquals(1, extractor.extract("In the hospital they murdered, at gunpoint, a soldier who was receiving medical attention.", 0).best(),
                "MUC-4 (Zacatecoluca, 1989): a phrase set off by commas between the verb and its victim");
        assertEquals(1, extractor.extract("Gunmen shot dead Chris Davis outside his home.", 0).best(), "a surname in -is is one victim");
        // MUC-4 style: a named person dying in the act
        assertEquals(1, extractor.extract("Inspector Eulogio Flores died in the explosion.", 0).best());
        assertNull(extractor.extract("Many of the wounded died in the explosion.", 0), "many, uncounted");
        assertNull(extractor.extract("They died in the attack, their neighbours said.", 0), "a plural pronoun, uncounted");
        assertNull(extractor.extract("Their parents died in the bombing.", 0));
        assertNull(extractor.extract("The plan died in the committee.", 0));
    }

    @Test
    void groups_joined_to_a_single_person_or_by_an_active_verb_add_up_and_designations_are_no_counts() {
        // MUC-4 style wire copy
        assertEquals(6, extractor.extract("Official sources reported that five policemen and a civilian were killed.", 0).best());
        assertEquals(3, extractor.extract("The minister and his two bodyguards died when the residence was machinegunned.", 0).best());
        assertEquals(8, extractor.extract("The men in uniform who killed six Jesuit priests and two companions fired 500 rounds.", 0).best());
        assertNull(extractor.extract("Carlos Pizarro, presidential candidate for the disbanded M-19 guerrilla group, died in hospital.", 0),
                "M-19 names a group");
        assertEquals(3, extractor.extract("Gunmen with AK-47 rifles opened fire and three soldiers were killed.", 0).best(), "the count after it stays");
        assertEquals(6, extractor.extract("Two Iraqis and four Sudanese were killed in the blast.", 0).best());
    }

    @Test
    void killers_counted_before_an_active_verb_are_no_toll() {
        // after a FBIS report of a Colombian journalist's murder (MUC-3 style)
        assertEquals(1, extractor.extract("On Tuesday, several gunmen killed Roberto Sarasty, who worked for the radio network.", 0).best(),
                "the one man named, not the several who killed him");
        assertEquals(30, extractor.extract("At least 30 people killed Monday in the capital.", 0).best());
        assertEquals(12, extractor.extract("Twelve soldiers killed in an ambush near the border.", 0).best());
    }

    @Test
    void victims_in_a_reduced_relative_or_after_a_dated_noun_are_counted() {
        // FBIS wording (MUC-3 style)
        assertEquals(6, extractor.extract("The officers are witnesses in the case of the six Jesuit priests assassinated at the university.", 0).best());
        assertEquals(1, extractor.extract("Six gunmen assassinated the judge outside his home.", 0).best(), "the six are the killers");
        assertEquals(1, extractor.extract("The assassination on 22 March of Bernardo Jaramillo forced the party to withdraw.", 0).best());
        assertEquals(1, extractor.extract("It will not take up arms again as a result of the murder of the 39-year-old Pizarro.", 0).best(), "an age is no count");
    }

    @Test
    void counts_joined_before_one_verb_of_dying_add_up() {
        // VOA on the Jaffar Express attack
        Fatalities f = extractor.extract("At least 21 passengers and four paramilitary troops died in the attack, officials said.", 0);
        assertEquals(25, f.best());
        assertEquals(25, f.min());
        assertNull(extractor.extract("At least 21 passengers and four paramilitary troops were wounded in the attack.", 0), "the wounded are no toll");
        // MUC-3 (FBIS): a clock time is no count, and a war's toll is no act's
        assertEquals(4, extractor.extract("In the terrorist action, which took place in a downtown Bogota street at 1210 GMT, four pedestrians were killed.", 0)
                .best());
        assertNull(extractor.extract("Over 7,000 people have died in El Salvador during 10 years of civil war.", 0));
        // VOA (public domain): a long "including" aside between the count and the verb
        assertEquals(7, extractor.extract("Seven other people, including government security officials and two prominent traditional elders, were killed.", 0)
                .best());
        // MUC-3 (FBIS): the victim told before dies in hospital; a death of illness or a question is no toll
        assertEquals(1, extractor.extract("He received two bullet wounds and was taken to the hospital, where he died early this morning.", 0).best());
        assertNull(extractor.extract("He died of cancer in a Miami clinic.", 0));
        assertNull(extractor.extract("Had he died before he arrived at the Red Cross?", 0));
        // ECB+ (Enough Project on Yida, 2011): no one killed is a toll of none, never of one
        Fatalities none = extractor.extract("Enough Project sources indicated that no one was killed or injured in the attack.", 0);
        assertEquals(0, none.best());
        assertEquals("no one was killed", none.text());
        assertEquals(0, extractor.extract("The blast caused no casualties, police said.", 0).best());
        assertEquals(3, extractor.extract("Three soldiers were killed but no one else was hurt.", 0).best(), "a count beside it wins");
        // one of each kind, in the singular
        assertEquals(2, extractor.extract("One civilian and one soldier were killed, and several civilians were wounded.", 0).best());
        assertEquals(3, extractor.extract("One policeman and two civilians were killed in the explosion.", 0).best());
    }

    @Test
    void victims_named_one_by_one_count_one_each() {
        assertEquals(2, extractor.extract("They demanded an investigation into the murder of opposition leader Hector Oqueli and Gilda Flores.", 0).best());
        // MUC-4 wire copy: "A COLOMBIAN OFFICIAL FROM THE [IDB] AND A PROSECUTOR FROM THE MEDELLIN HIGHER COURT WERE ASSASSINATED"
        assertEquals(2, extractor.extract("A Colombian official from the development bank and a prosecutor from the higher court were assassinated.", 0).best());
        assertEquals(2, extractor.extract("The mayor and a councilman were killed by guerrillas in Achi.", 0).best());
        // MUC-4 wire copy: "PROTESTED TODAY THE MURDER OF A YOUNG MECHANICS STUDENT AND LATER ATTEMPTS TO INVOLVE THE INSTITUTE"
        assertEquals(1, extractor.extract("He protested the murder of a young mechanics student and later attempts to involve the institute.", 0).best(),
                "'and later' opens another thing, not a second victim");
        assertEquals(2, extractor.extract("Gunmen killed the mayor and his bodyguard outside the town hall.", 0).best());
        assertEquals(1, extractor.extract("Rebels killed the mayor and wounded his wife.", 0).best());
        assertNull(extractor.extract("Witnesses described the killing of the mayor and the burning of the town hall.", 0));
    }

    @Test
    void wounded_are_not_counted_as_killed() {
        Fatalities f = extractor.extract("The single biggest attack, in 2009, killed at least 25 people and injured 60 others.", 0);
        assertEquals(25, f.best());
        assertNull(extractor.extract("At least 60 people were wounded in the blast.", 0));
    }

    @Test
    void number_words_and_vague_quantities_follow_acled() {
        assertEquals(30, extractor.extract("At least thirty people were killed in the raid, residents said.", 0).best());
        assertEquals(12, extractor.extract("Dozens of civilians were killed in the shelling.", 0).best());
        assertEquals(25, extractor.extract("Twenty-five soldiers were killed in the ambush.", 0).best());
    }

    @Test
    void a_death_toll_of_a_named_act_that_rose_is_its_toll() {
        // AFP, November 2016 (Mazar-i-Sharif)
        Fatalities f = extractor.extract("The death toll from a powerful Taliban truck bombing at the German consulate in Afghanistan's Mazar-i-Sharif"
                + " city rose to at least six Friday, with more than 100 others wounded.", 0);
        assertEquals(6, f.best());
        assertFalse(f.cumulative());
    }

    @Test
    void totals_since_a_weekday_are_cumulative() {
        Fatalities f = extractor.extract("At least 40 people have been killed since Tuesday, medics said.", 0);
        assertEquals(40, f.best());
        assertTrue(f.cumulative());
        assertFalse(extractor.extract("A car bomb killed 7 people in the market on Tuesday.", 0).cumulative());
    }

    @Test
    void a_year_is_not_a_toll() {
        assertNull(extractor.extract("Since 2009 the group has attacked hotels and restaurants.", 0));
    }

    @Test
    void evidence_span_points_into_the_text() {
        String text = "Police said a roadside bomb killed 3 soldiers near the border.";
        Fatalities f = extractor.extract(text, 100);
        assertEquals(f.text(), text.substring(f.span().start() - 100, f.span().end() - 100));
    }

    @Test
    void those_rescued_are_not_the_dead_and_a_headline_in_the_present_counts() {
        assertEquals(30, extractor.extract("A military operation rescued 190 passengers and killed 30 terrorists, a day after the attack.", 0).best());
        assertEquals(50, extractor.extract("Airstrikes kill 50 militants in Middle Shabelle", 0).best());
    }

    @Test
    void one_victim_without_a_number_is_one_dead() {
        Fatalities f = extractor.extract("Radio announcer Diego Vargas was assassinated today in Medellin.", 0);
        assertEquals(1, f.best());
        assertEquals("was assassinated", f.text());
        assertEquals(1, extractor.extract("The guerrillas claimed the dynamite attack that killed attorney general Roberto Garcia.", 0).best());
        Fatalities nominal = extractor.extract("He called for an inquiry into the murder of the mayor of Achi, a police spokesman said.", 0);
        assertEquals(1, nominal.best());
        assertEquals("murder of the mayor of Achi", nominal.text(), "the evidence ends with the victim, before the comma");
        assertEquals(1, extractor.extract("They denounced Carlos Pizarro's assassination.", 0).best());
        assertEquals(1, extractor.extract("The kidnapped mayor was found dead on a road near the town.", 0).best());
        assertEquals(1, extractor.extract("A peasant woman died when a bomb exploded in her kitchen.", 0).best());
        assertEquals(1, extractor.extract("Mariela Espinoza, a magistrate, was\nassassinated this evening in Medellin.", 0).best(), "across a line wrap");
        assertNull(extractor.extract("A number of people died in the floods.", 0));
    }

    @Test
    void an_attempt_or_a_plural_object_is_no_victim_count() {
        assertNull(extractor.extract("Police foiled a plot for the assassination of the governor.", 0));
        assertNull(extractor.extract("He survived the attempted murder of the judge last year.", 0));
        assertNull(extractor.extract("Regarding the murder of the missionaries in La Paz, no one has been detained.", 0));
        assertEquals(2, extractor.extract("The rebels killed the mayor and his wife.", 0).best(), "two victims named one by one");
        assertNull(extractor.extract("Guerrillas have killed the mayor of the town of Hostigal, as well as two peasants.", 0));
        assertEquals(2, extractor.extract("The murder of a university professor and a\ncooperative leader went unpunished.", 0).best(), "across a line wrap");
        assertEquals(1, extractor.extract("Gunmen killed the mayor and wounded his wife.", 0).best());
        assertEquals(3, extractor.extract("Three soldiers were killed in the raid.", 0).best(), "a number wins");
        assertNull(extractor.extract("The driver was not killed in the blast.", 0));
        assertNull(extractor.extract("Militants were killed in the clash.", 0));
        assertNull(extractor.extract("The army said it killed an unspecified number of rebels.", 0));
        assertNull(extractor.extract("Chaudhry said snipers killed suicide bombers before they could detonate.", 0));
    }

    @Test
    void a_massacre_of_a_number_counts_them() {
        assertEquals(6, extractor.extract("The FMLN described the arrest of five soldiers accused of the massacre of six jesuit priests.", 0).best());
        assertEquals(6, extractor.extract("Six Jesuits, five of them of Spanish background, were assassinated on 16 November.", 0).best());
        assertEquals(2, extractor.extract("In Soyapango, the FMLN coldbloodedly murdered two watchmen at the factory.", 0).best());
        assertEquals(3, extractor.extract("Three peasants have been shot to death by alleged EPL members.", 0).best());
        assertEquals(1, extractor.extract("Approximately five individuals shot to death a watchman who tried to stop them.", 0).best(), "the five are the killers");
        assertEquals(3, extractor.extract("On 26 January Shining Path terrorists murdered three peasants in Campina.", 0).best(), "26 January is a date");
        assertEquals(30, extractor.extract("As many as 30 may have been killed, officials said.", 0).best(), "'may' after a number is no month here");
        assertNull(extractor.extract("The guerrillas executed three attacks on the power grid.", 0), "an act executed is no person killed");
        assertEquals(8, extractor.extract("As for the assassination of the six jesuits and the two women, he condemned it.", 0).best(),
                "victims of one act counted in two groups add up");
    }

    @Test
    void victims_counted_in_two_groups_or_named_beside_others_add_up() {
        assertEquals(8, extractor.extract("The government condemned the murder of six priests and two women at the university.", 0).best());
        assertEquals(8, extractor.extract("At dawn six priests and two women who worked for them were brutally assassinated.", 0).best());
        assertEquals(9, extractor.extract("An officer is implicated in the killing of seven nuns and their two drivers.", 0).best());
        assertEquals(3, extractor.extract("The party condemned the murder of the interior minister and two of his bodyguards.", 0).best());
        assertEquals(3, extractor.extract("The minister was assassinated today in an attack in which two members of his escort were also killed.", 0).best());
        assertEquals(2, extractor.extract("Two members of his escort were also killed in the attack.", 0).best(), "no named victim in the sentence");
        assertEquals(1, extractor.extract("The mayor was killed on Monday; two others were wounded.", 0).best());
    }
}
