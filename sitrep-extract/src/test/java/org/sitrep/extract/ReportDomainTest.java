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
    void a_consumer_goods_story_is_business() {
        String chocolate = "The maker of the chocolate bar widened the gaps between its peaks to cut costs, angering consumers. "
                + "Retailers said prices would not change. In October, a supermarket chain and the manufacturer clashed over the price of its brands, "
                + "and some products briefly vanished from shelves.";
        assertEquals(Optional.of("business"), domains.of(chocolate), "a supermarket and a manufacturer that 'clashed' over prices fought no battle");
        String market = "A bomb exploded in a crowded market on Monday, killing 12 shoppers. Prices of food rose after traders fled, and police "
                + "said militants had planted the device among the stalls.";
        assertEquals(Optional.empty(), domains.of(market), "a market bombing that mentions prices is still conflict");
    }

    @Test
    void an_attack_at_a_stadium_is_still_conflict() {
        assertEquals(Optional.empty(), domains.of(STADIUM_ATTACK));
    }

    @Test
    void in_such_a_report_only_figurative_prone_triggers_without_a_conflict_anchor_are_figurative() {
        assertTrue(domains.figurative("sport", "fight", "The referee waved the fight off after a second knockdown."));
        assertTrue(domains.figurative("business", "battle", "Analysts said the acquisition sharpens its battle with the market leader."));
        assertFalse(domains.figurative("sport", "fight", "Troops joined the fight near the border."), "an anchor in the sentence");
        assertFalse(domains.figurative("sport", "roadside bomb", "A roadside bomb went off near the stadium."), "not a prone trigger");
        assertTrue(domains.figurative("sport", "storming home", "Verstappen stunned his father by storming home into third place."));
        assertTrue(domains.figurative("sport", "tortured", "A tortured fanbase saw the Cubs end 108 years of hurt."));
        assertEquals(Optional.of("sport"), domains.of("Verstappen finished third at the Brazilian Grand Prix after 71 laps, "
                + "a podium that stunned the fans; Hamilton won from pole position."));
    }

    // Voice of America, story 8009853 (public domain): a UN report on Sudan's war, full of "millions" but no business story.
    private static final String VOA_SUDAN = "The head of the U.N. children's program, UNICEF, said Thursday that 16 million children in Sudan are "
            + "suffering horribly from the country's civil war, with many facing daily threats of violence, starvation, disease and sexual assault. "
            + "\"The fighting is happening right at their doorsteps, around their homes, their schools and hospitals, and across many of Sudan's "
            + "cities, towns, and villages,\" Catherine Russell, UNICEF's executive director, told a meeting of the U.N. Security Council. "
            + "She said children under the age of five are particularly at risk, with more than 1.3 million living in five famine hotspots in the "
            + "country, and another 3 million at risk of diseases. At least 16.5 million young people are out of school.";

    @Test
    void a_war_report_full_of_large_numbers_is_no_business_story() {
        assertEquals(Optional.empty(), domains.of(VOA_SUDAN));
    }

    private static final String ELECTION = "The defeated candidate blamed the late letter for her loss in Tuesday's presidential election, "
            + "telling donors on a call that it stopped her momentum in the swing states. Her campaign had fought for every vote, and "
            + "Republicans kept the Senate. Protesters marched in several cities against the president-elect on Wednesday.";

    @Test
    void in_election_reporting_combat_words_are_figurative_but_protests_are_not() {
        assertEquals(Optional.of("politics"), domains.of(ELECTION));
        assertTrue(domains.figurative("politics", "fight", "Progressives urge the party to stand up and fight."));
        assertTrue(domains.figurative("politics", "battle", "She has opened the battle wounds incurred by her supporters."));
        assertTrue(domains.figurative("politics", "clash", "The meeting between the two men was a clash of the alphas."));
        assertTrue(domains.figurative("politics", "rally", "At a rally in the suburbs, the candidate repeated his claims."));
        assertTrue(domains.figurative("politics", "mobilization", "This is not just a campaign but a social mobilization of the poor."));
        assertFalse(domains.figurative("politics", "rallied", "Thousands rallied in the capital demanding a recount."),
                "a rally is a demonstration ACLED codes, in election news above all");
        assertFalse(domains.figurative("politics", "clashed", "Supporters of the two candidates clashed with police outside the count."),
                "an anchor in the sentence");
        assertTrue(domains.figurative("sport", "rallied", "The team rallied from two goals down."), "elsewhere the figurative row applies");
    }
}
