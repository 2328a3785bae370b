package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Invented reports in the manner of sports, business and conflict desks. */
class ReportDomainTest {
    private final ReportDomain domains = new ReportDomain();

    private static final String BOXING = "The champion stopped his challenger in the sixth round on Saturday. "
            + "The referee waved the fight off after a second knockdown. It was his tenth straight win and the crowd of "
            + "12,000 cheered the title defence. The challenger had taken the fight on short notice.";
    private static final String CHIPS = "The chipmaker agreed to acquire a smaller rival for $1.2 billion, the company said. "
            + "Analysts said the acquisition sharpens its battle with the market leader for server customers. "
            + "Shares rose 4 percent; investors expect revenue from the new products next year.";
    private static final String STADIUM_ATTACK = "Gunmen attacked fans leaving a football game in the city on Sunday, killing four people. "
            + "Police said the attackers fired rifles into the crowd after the match. Soldiers were deployed around the stadium, "
            + "and the league suspended the season.";

    @Test
    void sport_and_business_reports_are_recognized() {
        assertEquals(Optional.of("sport"), domains.of(BOXING));
        assertEquals(Optional.of("business"), domains.of(CHIPS));
    }

    @Test
    void an_attack_at_a_stadium_is_still_conflict() {
        assertEquals(Optional.empty(), domains.of(STADIUM_ATTACK));
    }

    @Test
    void in_such_a_report_only_figurative_prone_triggers_without_a_conflict_anchor_are_figurative() {
        assertTrue(domains.figurative("fight", "The referee waved the fight off after a second knockdown."));
        assertTrue(domains.figurative("battle", "Analysts said the acquisition sharpens its battle with the market leader."));
        assertFalse(domains.figurative("fight", "Troops joined the fight near the border."), "an anchor in the sentence");
        assertFalse(domains.figurative("roadside bomb", "A roadside bomb went off near the stadium."), "not a prone trigger");
    }
}
