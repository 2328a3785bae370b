package org.sitrep.extract;

import java.util.regex.Pattern;
import org.sitrep.model.Event;

/**
 * An offensive is a campaign: days of fighting across a region, its toll a running total ("the rebel offensive has already
 * resulted in hundreds of casualties", "the guerrillas launched an offensive against military and government objectives").
 * ACLED codes the clashes of a campaign, each where and when it was fought, never the campaign as one event. The word
 * "offensive" is an event only when its sentence names the town (or a place near it) where it was fought ("launched an
 * offensive on the town of Kidal"); otherwise it is left out, and its toll with it.
 */
final class Campaigns {
    private static final Pattern OFFENSIVE = Pattern.compile("(?i)(counter-?)?offensives?");

    private Campaigns() {}

    static final String REASON = "campaign: an offensive told without the town where it was fought; ACLED codes its clashes, not the campaign";

    /** Whether the event is a campaign told as a whole: the trigger is "offensive" and its sentence places it in no town. */
    static boolean whole(Trigger t, Event e) {
        if (!OFFENSIVE.matcher(t.phrase().strip()).matches()) return false;
        boolean townHere = e.location() != null && e.location().geoPrecision() <= 2
                && e.notes().contains("location: " + PlaceChooser.NAMED_HERE);
        return !townHere;
    }
}
