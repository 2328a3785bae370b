package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LandmassesTest {

    @Test
    void decodes_quantized_arcs_and_keeps_the_largest_polygon_of_a_repeated_id() throws Exception {
        Path file = Path.of(LandmassesTest.class.getResource("/fixture-data/npm/world-atlas-2.0.2/countries-50m.json").toURI());
        Map<String, double[]> land = Landmasses.read(file);
        // A 4x4 degree square from one arc and another reversed; the reef of the same id is a small triangle.
        assertArrayEquals(new double[] {35, 40, 16}, land.get("999"), 1e-9);
    }

    @Test
    void a_ring_across_the_antimeridian_is_one_shape() {
        List<double[]> ring = List.of(new double[] {178, 0}, new double[] {-178, 0}, new double[] {-178, 2},
                new double[] {178, 2}, new double[] {178, 0});
        double[] c = Landmasses.centroid(ring);
        assertEquals(1, c[0], 1e-9);
        assertEquals(180, Math.abs(c[1]), 1e-9);
        assertEquals(8, c[2], 1e-9);
    }

    @Test
    void a_degenerate_ring_has_no_centroid() {
        assertNull(Landmasses.centroid(List.of(new double[] {1, 1}, new double[] {2, 2})));
    }

    @Test
    void a_country_point_is_the_mean_of_both_points_across_the_antimeridian_too() {
        assertArrayEquals(new double[] {38.88, -97.75}, RegionsReader.countryPoint(38, -97, new double[] {39.76, -98.5, 1}), 1e-9);
        assertArrayEquals(new double[] {60, 180}, RegionsReader.countryPoint(60, 170, new double[] {60, -170, 1}), 1e-9);
        assertArrayEquals(new double[] {10, 20}, RegionsReader.countryPoint(10, 20, null), 1e-9);
    }
}
