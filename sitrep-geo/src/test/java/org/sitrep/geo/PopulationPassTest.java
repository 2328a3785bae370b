package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationPassTest {
    @Test
    void the_capital_and_the_larger_town_win_ties() {
        Candidate hamlet = Places.candidate(Places.town(1, "Victoria", "XX", 1, 1, 300), 1.0, true);
        Candidate city = Places.candidate(Places.town(2, "Victoria", "YY", 2, 2, 300000), 1.0, true);
        Candidate capital = Places.candidate(Places.capital(3, "Victoria", "ZZ", 3, 3, 300000), 1.0, true);
        new PopulationPass().apply(Places.mention("Victoria"), List.of(hamlet, city, capital), new ArticleContext());
        assertTrue(city.score > hamlet.score);
        assertTrue(capital.score > city.score);
    }
}
