package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Source;

/**
 * Claim status and grade on real sentences from Voice of America stories (US government work, public
 * domain; ids of the VOA sample in examples/voa), with the speakers the source extractor finds in them.
 */
class ClaimAssessorTest {
    private final ClaimAssessor claims = new ClaimAssessor();
    private final SourceExtractor sources = new SourceExtractor();

    private Claim assess(String sentence, String trigger, boolean actorAdmits) {
        List<Source> said = sources.extract(sentence, 0);
        return claims.assess(sentence, sentence.indexOf(trigger), said, actorAdmits);
    }

    @Test
    void a_group_claiming_responsibility_is_a_claim() {
        // voa-8006503
        Claim c = assess("The Islamist militant group al-Shabab immediately claimed responsibility for the attack.", "attack", false);
        assertEquals(ClaimStatus.CLAIMED, c.status());
    }

    @Test
    void officials_saying_so_is_a_report_from_one_source() {
        // voa-6202623
        Claim c = assess("Arnel Joseph, the notorious leader of the Village de Dieu gang, was killed in a gun battle with police Friday in the town of"
                + " L'Estere, near Gonaives in Haiti's north, officials said.", "gun battle", false);
        assertEquals(ClaimStatus.REPORTED, c.status());
        assertEquals("weak", c.grade());
        assertEquals(1, c.sources().size());
    }

    @Test
    void a_belligerent_reporting_its_own_act_confirms_it() {
        // voa-8011076: the extractor passes actorAdmits when the speaker is the event's own actor (the military)
        Claim c = assess("In the clearance operation that lasted more than 30 hours, the Pakistan military said it killed 33 BLA terrorists.",
                "killed", true);
        assertEquals(ClaimStatus.CONFIRMED, c.status());
        assertEquals("confirmed", c.grade());
    }

    @Test
    void a_sentence_that_names_no_speaker_is_unattributed() {
        // voa-8006651 (the attack itself, before any attribution)
        Claim c = assess("Days later, a roadside bomb blast killed 11 coal miners in the city.", "roadside bomb", false);
        assertEquals(ClaimStatus.REPORTED, c.status());
        assertEquals("unattributed", c.grade());
    }
}
