package org.sitrep.extract;

import java.util.regex.Pattern;
import org.sitrep.model.Event;

/**
 * "the bombings", "assassinations and kidnappings", "hostilities": acts named in the plural by a noun, in a sentence
 * that gives them neither a place nor a day and no toll, are a kind of violence talked about, not an event to code;
 * so is "the offensive", a campaign of many acts, when the sentence does not say where or when. Such a mention
 * still joins an act the report tells (coreference) and is dropped only when it stands alone.
 */
final class GenericPlurals {
    static final String REASON = "generic: acts named in the plural, with no place, day or toll, that join no told act";
    private static final String ACTS = "bombings|attacks|assassinations|kidnappings|abductions|killings|murders|massacres|hostilities|demonstrations"
            + "|protests|arrests|raids|ambushes|explosions";
    private static final Pattern PLURAL_ACT = Pattern.compile("(" + ACTS + "|offensives?|counter-?offensives?)");
    /** A trigger whose last word names acts in the plural ("bombings", "air strikes", "suicide attacks"). */
    static final Pattern ENDS_PLURAL = Pattern.compile(
            "(^|.*\\s)(" + ACTS + "|blasts|clashes|strikes|airstrikes|shellings|battles|skirmishes|executions|rapes|lynchings|riots)");

    private GenericPlurals() {}

    static boolean generic(Trigger t, Event e) {
        String phrase = TriggerFinder.lowerFlat(t.phrase()).strip();
        return PLURAL_ACT.matcher(phrase).matches() && e.fatalities() == null
                && !EventCoreference.ownPlace(e) && !EventCoreference.ownDate(e);
    }
}
