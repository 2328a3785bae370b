package org.sitrep.incident;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.AnnotatedSentence;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

class StoryFeatureExtractorTest {
    private final StoryFeatureExtractor extractor = new StoryFeatureExtractor();

    /** A sentence from "word/POS/lemma" items; entities as (type, first token, last token). */
    private static AnnotatedSentence sentence(int index, boolean full, String tagged, List<Object[]> entities, List<TimeExpression> timexes) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String item : tagged.split(" ")) {
            String[] p = item.split("/");
            Span span = new Span(text.length(), text.length() + p[0].length());
            tokens.add(new Token(tokens.size(), p[0], p[0], full ? p[2] : null, full ? p[1] : null, "O", span));
            text.append(p[0]).append(' ');
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (Object[] e : entities) {
            int first = (Integer) e[1];
            int last = (Integer) e[2];
            StringBuilder name = new StringBuilder();
            for (int i = first; i <= last; i++) name.append(i > first ? " " : "").append(tokens.get(i).word());
            mentions.add(new EntityMention((String) e[0], new Span(tokens.get(first).span().start(), tokens.get(last).span().end()), name.toString(),
                    name.toString(), index, first, last));
        }
        String t = text.toString().strip();
        return new AnnotatedSentence(new Sentence(index, new Span(0, t.length()), t), tokens, mentions, List.of(), timexes, full);
    }

    private static AnnotatedReport report(List<AnnotatedSentence> sentences) {
        return new AnnotatedReport(new Report("r1", null, "text", LocalDate.parse("2008-01-10"), null, null, null, List.of(), null), sentences, false);
    }

    @Test
    void a_place_the_gazetteer_found_where_ner_saw_no_name_counts_as_a_name_once() {
        // NER misses "Queens" in a title-case headline; where it did tag the place, the toponym adds nothing.
        AnnotatedSentence headline = sentence(0, true, "Woman/NN/woman Killed/VBN/kill In/IN/in Queens/NNP/Queens Crash/NN/crash", List.of(), List.of());
        AnnotatedSentence lead = sentence(1, true, "A/DT/a driver/NN/driver hit/VBD/hit her/PRP/she in/IN/in Queens/NNP/Queens",
                List.<Object[]>of(new Object[] {"LOCATION", 5, 5}), List.of());
        AnnotatedSentence unread = sentence(2, false, "Police/NNS/police in/IN/in Jamaica/NNP/Jamaica said", List.of(), List.of());
        List<org.sitrep.model.Toponym> places = List.of(toponym(headline, 3), toponym(lead, 5), toponym(unread, 2));
        StoryFeatures f = extractor.extract(report(List.of(headline, lead, unread)), places);
        assertEquals(2, f.terms().get("n:queens"), "one from the headline's toponym, one from the lead's NER mention");
        assertNull(f.terms().get("n:jamaica"), "a sentence without full annotation gives no names");
        assertNull(extractor.extract(report(List.of(headline, lead, unread))).terms().get("n:jamaica"));
    }

    @Test
    void proper_nouns_ner_passed_over_are_names_when_they_run_two_or_more_in_a_sentence_case_line() {
        // after a 2012 Alaska report of a dairy warehouse fire; NER tagged none of its names
        AnnotatedSentence lead = sentence(0, true, "Farewell/NN/farewell to/TO/to another/DT/another piece/NN/piece of/IN/of Mat/NNP/Mat Maid/NNP/Maid ,/,/, "
                + "fire/NN/fire destroyed/VBD/destroy the/DT/the historic/JJ/historic Matanuska/NNP/Matanuska Maid/NNP/Maid warehouse/NN/warehouse "
                + "near/IN/near Free/NNP/Free 8:57/CD/8:57 CDT/NNP/CDT An/NNP/an hour/NN/hour later/RB/later", List.of(), List.of());
        StoryFeatures f = extractor.extract(report(List.of(lead)));
        assertEquals(1, f.terms().get("n:mat maid"));
        assertEquals(1, f.terms().get("n:matanuska maid"));
        assertEquals(1, f.terms().get("n:matanuska"), "a long word of the name, as reports shorten names");
        assertFalse(f.terms().containsKey("n:free"), "a lone capitalized word");
        assertFalse(f.terms().keySet().stream().anyMatch(k -> k.contains("cdt") || k.equals("n:an")), "a time zone and a capitalized article");
        AnnotatedSentence heading = sentence(0, true, "Historic/JJ/historic Mat/NNP/Mat Maid/NNP/Maid Warehouse/NNP/Warehouse Burns/NNP/burn", List.of(), List.of());
        assertFalse(extractor.extract(report(List.of(heading))).terms().containsKey("n:mat maid warehouse burns"), "a title-case line");
    }

    private static org.sitrep.model.Toponym toponym(AnnotatedSentence s, int token) {
        Token t = s.tokens().get(token);
        org.sitrep.model.Place p = new org.sitrep.model.Place(t.word(), 1, "US", null, null, 40.7, -73.8, 1, "P", t.word(), t.span(), 1.0, List.of());
        return new org.sitrep.model.Toponym(t.span(), t.word(), s.index(), p, "test", org.sitrep.model.Toponym.PLACE);
    }

    @Test
    void names_places_lead_lemmas_numbers_and_mentioned_days_become_terms() {
        TimeExpression friday = new TimeExpression(new Span(0, 6), "Friday", 0, "DATE", "2008-01-04", null);
        AnnotatedSentence lead = sentence(0, true,
                "Actress/NN/actress Tara/NNP/Tara Reid/NNP/Reid ,/,/, 33/CD/33 ,/,/, has/VBZ/have entered/VBN/enter rehab/NN/rehab in/IN/in Malibu/NNP/Malibu on/IN/on Friday/NNP/Friday",
                List.<Object[]>of(new Object[] {"PERSON", 1, 2}, new Object[] {"LOCATION", 10, 10}), List.of(friday));
        AnnotatedSentence later = sentence(3, true, "Reid/NNP/Reid 's/POS/'s publicist/NN/publicist said/VBD/say 1,200/CD/1,200 fans/NNS/fan wrote/VBD/write",
                List.<Object[]>of(new Object[] {"PERSON", 0, 0}, new Object[] {"PERSON", 2, 2}), List.of());
        StoryFeatures f = extractor.extract(report(List.of(lead, later)));
        assertEquals(LocalDate.parse("2008-01-10"), f.published());
        assertEquals(1, f.terms().get("n:tara reid"));
        assertEquals(2, f.terms().get("n:reid"), "the surname of the full name and the later mention");
        assertEquals(1, f.terms().get("n:malibu"), "places are names too");
        assertEquals(1, f.terms().get("k:rehab"));
        assertEquals(1, f.terms().get("k:enter"));
        assertEquals(1, f.terms().get("k:actress"));
        assertEquals(1, f.terms().get("#:33"));
        assertEquals(1, f.terms().get("d:2008-01-04"));
        assertFalse(f.terms().containsKey("k:have"), "auxiliaries are stop lemmas");
        assertFalse(f.terms().containsKey("k:publicist"), "key lemmas come from the lead only");
        assertFalse(f.terms().containsKey("n:publicist"), "an all-lower-case mention is no name");
        assertFalse(f.terms().containsKey("#:1200"), "numbers come from the lead only");
        assertEquals("Actress Tara Reid , 33 , has entered rehab in Malibu on Friday", f.headline());
    }

    @Test
    void a_date_line_without_its_year_gives_its_month_and_day() {
        Report r = new Report("r2", null, "CHAMPION RETAINS BELTS\nJul. 7 5:59 PM EDT\nThe champion stopped the challenger, as in their 2008 bout.",
                null, null, null, null, List.of(), null);
        StoryFeatures f = extractor.extract(new AnnotatedReport(r, List.of(), false));
        assertEquals(1, f.terms().get("md:07-07"), f.terms().toString());
        assertEquals(1, f.terms().get("y:2008"));
        Report dated = new Report("r3", null, "March 9, 2013\nRiots again.\nMay 5 votes were counted.", null, null, null, null, List.of(), null);
        assertEquals(java.util.Set.of("y:2013", "md:05-05"), extractor.extract(new AnnotatedReport(dated, List.of(), false)).terms().keySet(),
                "a date line with its year is a full date; a line starting with a month and a number reads as one too (no weight either way)");
    }

    @Test
    void a_capitalized_pronoun_tagged_as_a_person_is_no_name() {
        AnnotatedSentence s = sentence(0, true, "She/PRP/she says/VBZ/say Gray/NNP/Gray had/VBD/have nothing/NN/nothing",
                List.<Object[]>of(new Object[] {"PERSON", 0, 0}, new Object[] {"PERSON", 2, 2}), List.of());
        StoryFeatures f = extractor.extract(report(List.of(s)));
        assertFalse(f.terms().containsKey("n:she"), f.terms().toString());
        assertEquals(1, f.terms().get("n:gray"));
    }

    @Test
    void a_word_tagged_as_a_place_in_one_sentence_and_a_person_in_another_is_one_name() {
        AnnotatedSentence asPlace = sentence(0, true, "Fire/NN/fire hit/VBD/hit Palmer/NNP/Palmer", List.<Object[]>of(new Object[] {"LOCATION", 2, 2}), List.of());
        AnnotatedSentence asPerson = sentence(1, true, "Palmer/NNP/Palmer firefighters/NNS/firefighter came/VBD/come", List.<Object[]>of(new Object[] {"PERSON", 0, 0}), List.of());
        StoryFeatures f = extractor.extract(report(List.of(asPlace, asPerson)));
        assertEquals(2, f.terms().get("n:palmer"), f.terms().toString());
    }

    @Test
    void sentences_without_full_annotation_give_no_terms() {
        AnnotatedSentence bare = sentence(0, false, "Tara/x/x Reid/x/x entered/x/x rehab/x/x", List.of(), List.of());
        assertTrue(extractor.extract(report(List.of(bare))).terms().isEmpty());
    }

    @Test
    void names_lose_possessives_articles_and_case() {
        assertEquals("promises treatment center", StoryFeatureExtractor.normalizeName("the Promises Treatment  Center's"));
        assertEquals("u.s. marshals", StoryFeatureExtractor.normalizeName("U.S. Marshals"));
    }

    @Test
    void heading_lines_above_the_text_do_not_use_up_the_lead() {
        AnnotatedSentence headline = sentence(0, true, "Quake/NN/quake Hits/VBZ/hit Coast/NN/coast", List.of(), List.of());
        AnnotatedSentence dateline = sentence(1, true, "May/NNP/May 3/CD/3 ,/,/, 2013/CD/2013", List.of(), List.of());
        AnnotatedSentence first = sentence(2, true, "A/DT/a quake/NN/quake struck/VBD/strike ./././.", List.of(), List.of());
        AnnotatedSentence second = sentence(3, true, "Rescuers/NNS/rescuer dug/VBD/dig ./././.", List.of(), List.of());
        AnnotatedSentence third = sentence(4, true, "Aftershocks/NNS/aftershock followed/VBD/follow ./././.", List.of(), List.of());
        AnnotatedSentence fourth = sentence(5, true, "Markets/NNS/market reopened/VBD/reopen ./././.", List.of(), List.of());
        AnnotatedReport r = report(List.of(headline, dateline, first, second, third, fourth));
        assertEquals(5, r.leadEnd(StoryFeatureExtractor.LEAD_SENTENCES));
        StoryFeatures f = extractor.extract(r);
        assertTrue(f.terms().containsKey("k:aftershock"), "the third sentence of news is in the lead");
        assertFalse(f.terms().containsKey("k:market"), "the fourth is not");
    }

    @Test
    void each_distinctive_word_of_a_multi_word_name_is_a_term_so_shortened_names_still_meet() {
        AnnotatedSentence lead = sentence(0, true, "Fire/NN/fire destroyed/VBD/destroy the/DT/the Matanuska/NNP/Matanuska Maid/NNP/Maid Dairy/NNP/Dairy "
                + "near/IN/near Air/NNP/Air Canada/NNP/Canada offices/NNS/office ./././.",
                List.<Object[]>of(new Object[] {"ORGANIZATION", 3, 5}, new Object[] {"ORGANIZATION", 7, 8}), List.of());
        StoryFeatures f = extractor.extract(report(List.of(lead)));
        assertEquals(1, f.terms().get("n:matanuska maid dairy"));
        assertEquals(1, f.terms().get("n:matanuska"));
        assertEquals(1, f.terms().get("n:dairy"));
        assertEquals(1, f.terms().get("n:maid"));
        assertEquals(1, f.terms().get("n:canada"));
        assertFalse(f.terms().containsKey("n:air"), "words under four letters are too common to count alone");
    }
}
