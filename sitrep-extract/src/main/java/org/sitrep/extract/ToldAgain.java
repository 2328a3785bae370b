package org.sitrep.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

/** Whether a trigger names an act the report has already told ("the attack on Yida camp", "Tuesday's attack", "Mhlanga's arrest"). */
final class ToldAgain {
    private ToldAgain() {}

    private static final Pattern DEFINITE = Pattern.compile("(?s).*\\b((the|that|their|its|[a-z][\\w-]*['’]s)(\\s+(alleged|suspected|apparent|deadly|bloody|brazen|recent|multiple|twin|coordinated|simultaneous))?"
            + "|this(\\s+[a-z]+)?)\\s+$");
    private static final Pattern ACT_NOUN = Pattern.compile(
            "(offensive|attacks?|assault|capture|operation|fighting|clashes|battle|raid|ambush|takeover|advance|air ?strikes?|strikes?|bombings?|shelling|explosions?|blasts?"
                    // "the ceasefire deal", "the truce" after "agreed to a 30-day ceasefire": the agreement told again
                    + "|ceasefire|cease-fire|truce|(ceasefire |cease-fire )?(agreement|deal|accord))"
                    // "the attacks were carried out by Antonov bombers": the told act, and how it was done
                    // "the attack took place at 2100 on 15 January", "the attack occurred at 1835": the told act, and when
                    + "( (on|of|against|in|at) .*| (were|was) (carried out|conducted|launched) by .*| (occurred|took place|happened|was staged|was perpetrated).*)?");
    private static final Pattern ARREST_NOUN = Pattern.compile("arrest|detention");
    private static final Pattern KIDNAP_NOUN = Pattern.compile("kidnapp?ings?|abductions?");
    private static final Pattern BARE_DEFINITE = Pattern.compile("(?s)(.*[.;:,]\\s+|)(the|this|that)\\s+$");
    private static final Pattern POSSESSIVE = Pattern.compile("(?s).*\\b([a-z][\\w-]*['’]s|his|her|their|its)\\s+$");

    /**
     * "the offensive was led by...", "it said the takeover of X ended...": a definite noun naming an act of
     * a kind the report has already told is that act again (coreference), not a new event.
     */
    static boolean refersBack(String sentence, int sentenceStart, Trigger t, List<Event> earlier) {
        if (!definiteAct(sentence, sentenceStart, t)) return false;
        // "the attack on the camp" after "warplanes bombed the camp": a definite act noun names the told violent act however
        // its first trigger typed it
        EventType type = t.subType().type();
        return earlier.stream().anyMatch(e -> e.type() == type || (e.type() != null && e.type().politicalViolence() && type.politicalViolence()));
    }

    /** A definite noun naming an act ("the attack on Yida camp", "this second attack", "their attack"). */
    static boolean definiteAct(String sentence, int sentenceStart, Trigger t) {
        String before = TriggerFinder.lowerFlat(sentence.substring(0, t.span().start() - sentenceStart));
        String phrase = TriggerFinder.lowerFlat(t.phrase());
        String after = TriggerFinder.lowerFlat(sentence.substring(Math.min(sentence.length(), t.span().end() - sentenceStart)));
        // "Mhlanga's arrest", "his detention" name the told arrest; "the arrest of another five people" is a new one, while a
        // bare "the arrest is related to ..." (no one named after it) can only be the told one
        if (ARREST_NOUN.matcher(phrase).matches()) {
            return POSSESSIVE.matcher(before).matches() || BARE_DEFINITE.matcher(before).matches() && !after.matches("(?s)\\s*(of|in|on|at|by|near)\\b.*");
        }
        // "the report on the kidnappings was made by the hotel's owners": the told kidnapping; "the kidnapping of another
        // engineer" names its own victim and may be a new one
        if (KIDNAP_NOUN.matcher(phrase).matches()) return DEFINITE.matcher(before).matches() && !after.matches("(?s)\\s*of\\b.*");
        return DEFINITE.matcher(before).matches() && ACT_NOUN.matcher(phrase).matches();
    }
}
