package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimeSpan;

/** A definite noun naming an act the report already told is that act again, not a new event. */
class RefersBackTest {
    private static final List<Event> AN_ATTACK_TOLD = List.of(new Event("r-e1", "r", SubEventType.ATTACK.type(), SubEventType.ATTACK, null, null, List.of(),
            null, TimeSpan.unknown("none"), null, new Claim(ClaimStatus.REPORTED, List.of(), "weak", null), new Sentence(0, new Span(0, 40), "told"), "t", 0.8,
            List.of(), List.of()));

    private static boolean refersBack(String sentence, String phrase, List<Event> earlier) {
        int at = sentence.toLowerCase(java.util.Locale.ROOT).indexOf(phrase);
        return ToldAgain.refersBack(sentence, 0, new Trigger(SubEventType.ARMED_CLASH, new Span(at, at + phrase.length()), phrase, 35), earlier);
    }

    @Test
    void the_attack_on_a_named_camp_and_this_second_attack_name_the_told_act_again_whatever_type_its_words_give() {
        assertTrue(refersBack("The attack on Yida camp comes shortly after reports of bombardments elsewhere.", "attack on yida camp", AN_ATTACK_TOLD));
        assertTrue(refersBack("The attack took place at 2100 on 15 January.", "attack took place", AN_ATTACK_TOLD), "the told act, and when");
        assertTrue(refersBack("It remains to be seen how the government will respond to this second attack within its borders.", "attack", AN_ATTACK_TOLD));
        assertTrue(refersBack("The president spoke hours before the alleged attack on Yida camp.", "attack on yida camp", AN_ATTACK_TOLD));
        assertTrue(refersBack("Their attack, the third this year, triggered global condemnation.", "attack", AN_ATTACK_TOLD),
                "a possessive determiner names the told act too");
    }

    /** One act of {@code sub} told in the report's first sentence. */
    private static List<Event> told(SubEventType sub) {
        return List.of(new Event("r-e1", "r", sub.type(), sub, null, null, List.of(), null, TimeSpan.unknown("none"), null,
                new Claim(ClaimStatus.REPORTED, List.of(), "weak", null), new Sentence(0, new Span(0, 40), "told"), "t", 0.8, List.of(), List.of()));
    }

    @Test
    void the_ceasefire_deal_after_a_ceasefire_agreed_and_a_days_attack_name_the_told_act() {
        List<Event> agreed = told(SubEventType.AGREEMENT);
        int at = "Moscow said much remains to be done on the ceasefire deal.".indexOf("ceasefire deal");
        assertTrue(ToldAgain.refersBack("Moscow said much remains to be done on the ceasefire deal.", 0,
                new Trigger(SubEventType.AGREEMENT, new Span(at, at + 14), "ceasefire deal", 45), agreed));
        assertTrue(refersBack("Tuesday's attack drew condemnation.", "attack", AN_ATTACK_TOLD), "a day's possessive names the told act");
        assertTrue(refersBack("The death toll had risen to at least 63 from Saturday's multiple blasts outside the school.", "blasts", AN_ATTACK_TOLD));
        // VOA on a Zimbabwean journalist: "Mhlanga's arrest" names the arrest told, not a new one
        List<Event> arrested = told(SubEventType.ARRESTS);
        int arrest = "Marapira said Mhlanga's arrest was no reflection of press freedom.".indexOf("arrest");
        assertTrue(ToldAgain.refersBack("Marapira said Mhlanga's arrest was no reflection of press freedom.", 0,
                new Trigger(SubEventType.ARRESTS, new Span(arrest, arrest + 6), "arrest", 45), arrested));
        assertFalse(ToldAgain.refersBack("Marapira said Mhlanga's arrest was no reflection of press freedom.", 0,
                new Trigger(SubEventType.ARRESTS, new Span(arrest, arrest + 6), "arrest", 45), AN_ATTACK_TOLD), "no arrest told before");
        String more = "Intelligence from the scene led to the arrest of another five people in Irbil.";
        assertFalse(ToldAgain.refersBack(more, 0, new Trigger(SubEventType.ARRESTS, new Span(more.indexOf("arrest"), more.indexOf("arrest") + 6), "arrest", 45),
                arrested), "'the arrest of' others is a new arrest");
        String bare = "The arrest is related to his interviews with a politician in November.";
        assertTrue(ToldAgain.refersBack(bare, 0, new Trigger(SubEventType.ARRESTS, new Span(4, 10), "arrest", 45), arrested),
                "a bare 'the arrest' that names no one can only be the told arrest");
        // MUC-4 wire copy: "HEAVILY ARMED MEN KIDNAPPED THREE EUROPEANS ... THE REPORT ON THE KIDNAPPINGS WAS MADE BY ..."
        List<Event> kidnapped = told(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
        String report = "The report on the kidnappings was made by the owners of the hotel.";
        int k = report.indexOf("kidnappings");
        assertTrue(ToldAgain.refersBack(report, 0, new Trigger(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, new Span(k, k + 11), "kidnappings", 65), kidnapped));
        String another = "The kidnapping of another engineer was reported on Monday.";
        int a = another.indexOf("kidnapping");
        assertFalse(ToldAgain.refersBack(another, 0, new Trigger(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, new Span(a, a + 10), "kidnapping", 65), kidnapped),
                "a kidnapping that names its victim may be a new one");
    }

    @Test
    void a_new_attack_or_one_with_nothing_told_before_stays_an_event() {
        assertFalse(refersBack("Gunmen carried out an attack on a market in the town.", "attack on a market", AN_ATTACK_TOLD), "indefinite: a new act");
        assertFalse(refersBack("The attack on Yida camp killed two children.", "attack on yida camp", List.of()), "nothing told before");
        assertFalse(refersBack("The second attack on the camp came hours later.", "attack on the camp", AN_ATTACK_TOLD),
                "'the second attack' can be a new one; only 'this' takes a modifier");
    }
}
