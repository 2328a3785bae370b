package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/** A capital named by its country, read from sentences of Voice of America stories (US government work, public domain) and wire copy. */
class CapitalPlacesTest {
    private static final Map<String, Place> CAPITALS = Map.of(
            "CM", new Place("Yaoundé", 2220957, "CM", "Centre", null, 3.87, 11.52, 1, "P", null, null, 1, List.of()),
            "SO", new Place("Mogadishu", 53654, "SO", "Banaadir", null, 2.04, 45.34, 1, "P", null, null, 1, List.of()),
            "PE", new Place("Lima", 3936456, "PE", "Lima", null, -12.04, -77.03, 1, "P", null, null, 1, List.of()));
    private final CapitalPlaces capitals = new CapitalPlaces(c -> Optional.ofNullable(CAPITALS.get(c)), new ActorDictionary());

    private static Place country(String name, String iso) {
        return new Place(name, 0, iso, null, null, 0.0, 0.0, 3, "A", name, null, 1, List.of());
    }

    private static Span of(String text, String word) {
        int at = text.indexOf(word);
        return new Span(at, at + word.length());
    }

    @Test
    void a_country_that_owns_its_capital_gives_the_capital_at_precision_one() {
        // voa-6205512
        String s = "Scores of chicken sellers in Cameroon's capital held a one-hour sit-in Monday at the Mvog-Ada chicken market.";
        Place p = capitals.ownedBy(s, country("Cameroon", "CM"), of(s, "Cameroon")).orElseThrow();
        assertEquals("Yaoundé", p.name());
        assertEquals(1, p.geoPrecision());
        assertEquals("Cameroon's capital", p.mention());
        String lima = "A bomb exploded in the capital of Peru on Monday.";
        assertEquals("Lima", capitals.ownedBy(lima, country("Peru", "PE"), of(lima, "Peru")).orElseThrow().name());
        String plain = "A bomb exploded in Peru on Monday.";
        assertTrue(capitals.ownedBy(plain, country("Peru", "PE"), of(plain, "Peru")).isEmpty(), "the country alone is no capital");
    }

    @Test
    void the_capital_unnamed_is_the_demonyms_country_or_the_reports_own() {
        String s = "Gunmen attacked a hotel in the Somali capital on Tuesday.";
        assertEquals("Mogadishu", capitals.unnamed(s, new Span(0, s.length()), null).orElseThrow().name());
        String home = "THREE BOMBS EXPLODED IN THE CAPITAL LAST NIGHT.";
        assertEquals("Lima", capitals.unnamed(home, new Span(0, home.length()), "PE").orElseThrow().name());
        String near = "Rebels shelled villages outside the capital.";
        assertEquals(2, capitals.unnamed(near, new Span(0, near.length()), "SO").orElseThrow().geoPrecision(), "outside the capital is near it");
    }

    @Test
    void a_bearing_from_the_capital_or_a_provincial_capital_is_not_read() {
        String bearing = "A CAR BOMB EXPLODED 20 KM EAST OF THE CAPITAL.";
        assertTrue(capitals.unnamed(bearing, new Span(0, bearing.length()), "PE").isEmpty());
        String provincial = "Militants attacked a checkpoint in the provincial capital on Monday.";
        assertTrue(capitals.unnamed(provincial, new Span(0, provincial.length()), "SO").isEmpty());
        String owner = "Demonstrators gathered outside the capital's US embassy on Wednesday.";
        assertTrue(capitals.unnamed(owner, new Span(0, owner.length()), "SO").isEmpty(), "the capital's embassy: which capital is not said here");
        String none = "A bomb exploded in the capital.";
        assertTrue(capitals.unnamed(none, new Span(0, none.length()), null).isEmpty(), "no country, no capital");
        assertTrue(CapitalPlaces.NONE.unnamed(none, new Span(0, none.length()), "PE").isEmpty(), "without a gazetteer nothing is looked up");
    }
}
