package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamedRegionsTest {
    private final NameFolder folder = NameFolder.standard();

    private static GazetteerEntry country(String cc, double lat, double lon, long population) {
        return new GazetteerEntry(0, cc, cc, cc, null, null, null, lat, lon, population, "A", "PCLI", 0, false);
    }

    private static GazetteerEntry region(String cc, String code, String name, double lat, double lon, long population) {
        return new GazetteerEntry(0, name, name, cc, code, name, null, lat, lon, population, "A", "ADM1", 0, false);
    }

    private static GazetteerEntry town(long id, String cc, String code, double lat, double lon) {
        return new GazetteerEntry(id, "T" + id, "T" + id, cc, code, "R" + code, null, lat, lon, 1000, "P", "PPL", 0, false);
    }

    private List<GazetteerRecord> emitted(NamedRegions regions) {
        List<GazetteerRecord> out = new ArrayList<>();
        regions.emit(out::add, folder);
        return out;
    }

    @Test
    void a_region_of_first_level_regions_sits_at_their_mean_point_in_their_country_with_every_name() {
        NamedRegions regions = new NamedRegions(List.of(new NamedRegions.Definition("Westland", List.of("West Land"), List.of("FD.01", "FD.02"), null)));
        regions.note(region("FD", "01", "North Westland", 10, 20, 300));
        regions.note(region("FD", "02", "South Westland", 12, 24, 200));
        regions.note(region("FD", "03", "Eastland", 50, 50, 900)); // not a member
        GazetteerRecord r = emitted(regions).get(0);
        assertEquals(11, r.entry().lat(), 1e-9);
        assertEquals(22, r.entry().lon(), 1e-9);
        assertEquals(500, r.entry().population(), "ranked by the members' summed population");
        assertEquals("FD", r.entry().country());
        assertNull(r.entry().admin1Code(), "two first-level regions: none of them is the region's");
        assertEquals("L", r.entry().featureClass());
        assertEquals("RGN", r.entry().featureCode());
        assertEquals(List.of("Westland", "West Land"), r.names());
    }

    @Test
    void a_region_of_towns_in_one_first_level_region_carries_it_and_one_across_borders_names_no_country() {
        NamedRegions regions = new NamedRegions(List.of(
                new NamedRegions.Definition("Green Belt", List.of(), List.of("id:1", "id:2"), null),
                new NamedRegions.Definition("Two Lands", List.of(), List.of("FD", "GV"), null)));
        regions.note(town(1, "FD", "07", 1, 1));
        regions.note(town(2, "FD", "07", 3, 3));
        regions.note(country("FD", 0, 0, 10));
        regions.note(country("GV", 10, 10, 20));
        List<GazetteerRecord> out = emitted(regions);
        assertEquals("07", out.get(0).entry().admin1Code());
        assertEquals("R07", out.get(0).entry().admin1Name());
        assertEquals("FD", out.get(0).entry().country());
        assertNull(out.get(1).entry().country(), "members in two countries");
        assertEquals(5, out.get(1).entry().lat(), 1e-9);
    }

    @Test
    void the_table_may_file_a_region_across_a_line_of_control_under_one_country() {
        NamedRegions regions = new NamedRegions(List.of(new NamedRegions.Definition("Heights", List.of(), List.of("id:1", "id:2"), "GV")));
        regions.note(town(1, "FD", "07", 1, 1));
        regions.note(town(2, "GV", "02", 3, 3));
        GazetteerEntry e = emitted(regions).get(0).entry();
        assertEquals("GV", e.country());
        assertNull(e.admin1Code());
    }

    @Test
    void a_region_with_a_member_the_data_lacks_is_left_out_rather_than_placed_at_the_others() {
        NamedRegions regions = new NamedRegions(List.of(new NamedRegions.Definition("Westland", List.of(), List.of("FD.01", "FD.09"), null)));
        regions.note(region("FD", "01", "North Westland", 10, 20, 300));
        assertTrue(emitted(regions).isEmpty());
    }

    @Test
    void the_bundled_table_reads_and_every_member_is_a_country_a_first_level_code_or_a_town_id() {
        NamedRegions regions = NamedRegions.read();
        assertTrue(regions.definitions().size() >= 20);
        for (NamedRegions.Definition d : regions.definitions()) {
            for (String m : d.members()) assertTrue(m.matches("[A-Z]{2}|[A-Z]{2}\\.\\w+|id:\\d+"), d.name() + ": " + m);
        }
    }
}
