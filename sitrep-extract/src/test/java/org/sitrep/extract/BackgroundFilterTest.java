package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class BackgroundFilterTest {
    private final BackgroundFilter filter = new BackgroundFilter();

    private Optional<String> reason(String s, String trigger) {
        int at = s.indexOf(trigger);
        return filter.reason(s, 0, new Span(at, at + trigger.length()));
    }

    @Test
    void a_period_of_years_is_background() {
        assertEquals(Optional.of("background period"),
                reason("Since 2009, hundreds of people have been killed in suicide attacks and car bombs on hotels.", "suicide attacks"));
    }

    @Test
    void plans_and_infinitives_did_not_happen() {
        assertEquals(Optional.of("irrealis"), reason("The army is preparing an offensive to retake the town.", "retake"));
        assertEquals(Optional.of("irrealis"), reason("Officials warned the group could attack the capital.", "attack"));
    }

    @Test
    void a_specific_strike_is_an_event() {
        assertTrue(reason("A drone strike hit a car near the border on Tuesday, killing two men.", "drone strike").isEmpty());
    }
}
