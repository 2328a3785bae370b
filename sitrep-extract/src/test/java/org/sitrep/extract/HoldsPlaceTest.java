package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/** "came under attack while passing through a tunnel in Sibi district of Balochistan": one act, one place. */
class HoldsPlaceTest {
    private static Place place(String name, String country, String admin1, int precision) {
        return new Place(name, 0, country, admin1, null, 29.5, 67.9, precision, precision == 3 ? "A" : "P", name, null, 1.0, List.of());
    }

    @Test
    void a_province_or_country_holding_the_place_is_no_second_place() {
        Place sibi = place("Sibi", "PK", "Balochistan", 1);
        assertTrue(EventExtractor.holds(place("Balochistan", "PK", "Balochistan", 3), sibi));
        assertTrue(EventExtractor.holds(place("Pakistan", "PK", null, 3), sibi));
        assertFalse(EventExtractor.holds(place("Sindh", "PK", "Sindh", 3), sibi), "another province is another place");
        assertFalse(EventExtractor.holds(place("Quetta", "PK", "Balochistan", 1), sibi), "a town is no container");
        assertFalse(EventExtractor.holds(place("Afghanistan", "AF", null, 3), sibi));
    }
}
