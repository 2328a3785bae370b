package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fighting counted in years, expected fighting, and fighting no one took part in (sentences after MUC-4 wire copy, 1989-90). */
class BackgroundWarYearsTest {
    private final BackgroundFilter filter = new BackgroundFilter();

    private Optional<String> reason(String s, String trigger) {
        return BackgroundFilterTest.reason(filter, s, trigger);
    }

    @Test
    void years_of_fighting_are_a_period_not_an_act() {
        assertEquals(Optional.of("background period"), reason("The group accepted a truce last month after 16 years of fighting.", "fighting"));
        assertEquals(Optional.of("background period"), reason("The region has known two decades of clashes between herders and farmers.", "clashes"));
        assertEquals(Optional.empty(), reason("Three days of fighting in the town left 20 dead.", "fighting"), "days of fighting are told fighting");
    }

    @Test
    void clashes_awaited_are_irrealis_and_fighting_no_one_joined_is_negated() {
        assertEquals(Optional.of("irrealis"), reason("Checkpoints will be reinforced with armored vehicles in anticipation of clashes.", "clashes"));
        assertEquals(Optional.of("negated"), reason("He said the three advisers have not participated in any fighting.", "fighting"));
        assertEquals(Optional.empty(), reason("The army did not say how many died in the fighting.", "fighting"), "a toll not given; the fighting happened");
    }
}
