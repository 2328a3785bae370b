package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** An offensive is a campaign unless its sentence names the town where it was fought (sentences after MUC-4 and VOA reports). */
class CampaignsTest {
    private static final Trigger OFFENSIVE = new Trigger(SubEventType.ARMED_CLASH, new Span(30, 39), "OFFENSIVE", 40);

    private static Event event(Place place, String locationNote) {
        return new Event("r-e1", "r", SubEventType.ARMED_CLASH.type(), SubEventType.ARMED_CLASH, null, null, List.of(), place,
                org.sitrep.model.TimeSpan.unknown("none"), null, null, null, "offensive", 0.5, List.of(), List.of("location: " + locationNote));
    }

    private static Place place(String name, int precision) {
        return new Place(name, 1, "SV", null, null, 13.7, -89.2, precision, precision == 3 ? "A" : "P", name, new Span(50, 50 + name.length()), 1.0, List.of());
    }

    @Test
    void an_offensive_placed_in_no_town_of_its_own_sentence_is_a_campaign() {
        // "THE SALVADORAN GUERRILLAS ON 11 NOVEMBER BEGAN THE GREATEST MILITARY OFFENSIVE OF THE LAST 10 YEARS, INFLICTING OVER
        // 1,000 CASUALTIES": the country, from the report's main place
        assertTrue(Campaigns.whole(OFFENSIVE, event(place("El Salvador", 3), "no place in the sentence; the report's main place, precision lowered")));
        assertTrue(Campaigns.whole(OFFENSIVE, event(place("San Salvador", 2), "no place in the sentence; the report's main place, precision lowered")),
                "a town that is only the report's main place");
        assertTrue(Campaigns.whole(OFFENSIVE, event(place("Puntland", 3), PlaceChooser.NAMED_HERE)), "a region named in the sentence");
        assertTrue(Campaigns.whole(OFFENSIVE, event(null, "no place named")));
    }

    @Test
    void an_offensive_on_a_named_town_and_other_acts_stay() {
        assertFalse(Campaigns.whole(OFFENSIVE, event(place("Zacatecoluca", 1), PlaceChooser.NAMED_HERE)), "launched an offensive on Zacatecoluca");
        Trigger clashes = new Trigger(SubEventType.ARMED_CLASH, new Span(30, 37), "CLASHES", 40);
        assertFalse(Campaigns.whole(clashes, event(place("El Salvador", 3), PlaceChooser.NAMED_HERE)), "clashes are acts, wherever told");
    }
}
