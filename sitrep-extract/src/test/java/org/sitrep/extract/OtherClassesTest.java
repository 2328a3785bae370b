package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OtherClassesTest {
    private final OtherClasses classes = new OtherClasses();

    @Test
    void hazards_and_industrial_or_transport_accidents_are_disasters_and_an_attack_is_neither() {
        assertEquals(Optional.of("NATURAL_DISASTER"), classes.of("Floods swept through three districts after days of heavy rain, killing 12."));
        assertEquals(Optional.of("NATURAL_DISASTER"), classes.of("A 6.1 magnitude earthquake struck the coast on Sunday."));
        assertEquals(Optional.of("MAN_MADE_DISASTER"), classes.of("Nine workers died when a boiler at the textile factory exploded."));
        assertEquals(Optional.of("MAN_MADE_DISASTER"), classes.of("The ferry capsized in the river late on Friday with 80 passengers aboard."));
        assertEquals(Optional.of("ATTRIB"), classes.of("The group claimed responsibility for the hostage-taking at the hotel."));
        assertEquals(Optional.of("DIPLO"), classes.of("The country expelled two embassy diplomats in a retaliatory move."));
        assertEquals(Optional.of("ORG_CRIME"), classes.of("Police broke up a migrant smuggling network operating from the port."));
        assertEquals(Optional.empty(), classes.of("Gunmen attacked a police post on Friday, killing two officers."));
    }
}
