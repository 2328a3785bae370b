package org.sitrep.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.SubEventType;
import org.sitrep.model.Toponym;

/**
 * "Captured" takes a place or a person. The trigger lexicon reads a capture as territory unless the words name a person,
 * and a name alone cannot tell which ("Casolo was captured", "the army captured a rebel identified as ..."): here a
 * capture counts as territory only when a place is what was captured, the object right after the verb ("captured the
 * town", "captured Kidal") or the passive's subject right before it ("Kidal was captured"); a capture of anyone or
 * anything else is an arrest (ActorConventions turns an arrest by an armed group into an abduction).
 */
final class CapturedWho {
    private static final Pattern CAPTURE = Pattern.compile("(?i)(re)?captur(e|ed|es|ing)");
    private static final String PLACE_NOUN = "(town|towns|city|cities|village|villages|base|bases|area|areas|district|districts|region|province|territory"
            + "|positions?|hill|hills|hilltop|airport|airbase|air base|port|harbou?r|camp|garrison|headquarters|barracks|posts?|outposts?|checkpoints?"
            + "|stronghold|bridge|crossing|border crossing|road|highway|neighbou?rhoods?|suburbs?|capital|island|oil ?field|dam|mine|factory|plant"
            + "|municipality|county|locality|localities|valley|mountain|ridge|pass|front ?line|trenches|encampment|compound|complex|building|ministry"
            + "|crossroads|junction|heights|outskirts|enclave|zone|corridor|sector|airfield|palace|fort|fortress|citadel|refinery|settlements?"
            + "|hamlets?|square|provinces|regions|seaport|terminal|station|swathes?|swaths?|ground)";
    // "captured the strategic town of", "captured control of the eastern district", "captured most of the city"
    // ... with a day between the verb and its object: "captured on Thursday a key neighborhood"
    private static final Pattern PLACE_OBJECT = Pattern.compile("(?i)^\\s+((early\\s+|late\\s+)?on\\s+\\w+\\s+|yesterday\\s+|today\\s+|overnight\\s+|last\\s+\\w+\\s+)?"
            + "(full\\s+)?(control\\s+of\\s+)?((the|a|an|its|their|two|three|several|most\\s+of\\s+the|part\\s+of\\s+the|parts\\s+of\\s+the)\\s+)?"
            + "([\\w'’-]+\\s+){0,3}?" + PLACE_NOUN + "\\b");
    // "the town was captured", "the base had been recaptured"
    private static final Pattern PLACE_SUBJECT = Pattern.compile("(?i)\\b" + PLACE_NOUN + "\\s+([\\w'’-]+\\s+){0,3}?(was|were|has been|had been|have been|being)\\s+(\\w+ly\\s+)?$");
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("(?i)\\b(was|were|has been|had been|have been|being)\\s+(\\w+ly\\s+)?$");
    // between a place's name and the passive verb: "Kidal was", "Kidal, the rebels' last stronghold, was"
    private static final Pattern NAME_THEN_PASSIVE = Pattern.compile("(?i)\\s*(,[^,]{0,60},\\s*)?(was|were|has been|had been|have been)\\s+(\\w+ly\\s+)?");
    /** How far from the verb a toponym may stand and still be what was captured ("captured the northern town of Kidal"). */
    private static final int NAME_REACH = 40;

    private CapturedWho() {}

    /** The trigger as it stands, or as an arrest when what it captured is no place. */
    static Trigger retype(Trigger t, String sentence, int sentenceStart, List<Toponym> toponyms) {
        boolean territorial = t.subType() == SubEventType.GOVERNMENT_REGAINS_TERRITORY || t.subType() == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
        if (!territorial || !CAPTURE.matcher(t.phrase().strip()).matches()) return t;
        int t0 = t.span().start() - sentenceStart;
        int t1 = t.span().end() - sentenceStart;
        if (t0 < 0 || t1 > sentence.length()) return t;
        String after = sentence.substring(t1, Math.min(sentence.length(), t1 + 80));
        String before = sentence.substring(Math.max(0, t0 - 80), t0);
        if (PLACE_OBJECT.matcher(after).lookingAt() || PLACE_SUBJECT.matcher(before).find()) return t;
        boolean passive = PASSIVE_BEFORE.matcher(before).find();
        for (Toponym p : toponyms) {
            if (!Toponym.PLACE.equals(p.role())) continue;
            int a = p.span().start() - sentenceStart;
            int b = p.span().end() - sentenceStart;
            if (a < 0 || b > sentence.length()) continue; // the report's other sentences
            if (!passive && a >= t1 && a - t1 <= NAME_REACH && !sentence.substring(t1, a).matches("(?s).*\\b(in|at|near|from|by|on)\\s*$")) return t;
            if (passive && b <= t0 && NAME_THEN_PASSIVE.matcher(sentence.substring(b, t0)).matches()) return t;
        }
        return new Trigger(SubEventType.ARRESTS, t.span(), t.phrase(), t.priority());
    }
}
