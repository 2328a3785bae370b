package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void auc_of_a_perfect_and_an_e_minus_one_km_error_is_half_of_one_over_ln_20039() {
        // ln(1 + 0) = 0 and ln(1 + (e - 1)) = 1, so the mean is (0 + 1 / 9.90544) / 2 = 0.050477.
        assertEquals(0.050477, Metrics.logErrorAuc(List.of(0.0, Math.E - 1)), 1e-6);
    }

    @Test
    void auc_is_capped_at_one_for_errors_beyond_half_the_earth() {
        assertEquals(1.0, Metrics.logErrorAuc(List.of(40000.0)), 1e-12);
        assertNull(Metrics.logErrorAuc(List.of()));
    }

    @Test
    void median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertEquals(2.5, Metrics.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertEquals(3.0, Metrics.median(List.of(5.0, 3.0, 1.0)));
    }

    @Test
    void f1_is_zero_when_nothing_is_predicted_and_undefined_when_both_sides_are_empty() {
        assertEquals(0.0, Metrics.f1(0, 0, 5));
        assertNull(Metrics.f1(0, 0, 0));
        assertNull(Metrics.ratio(3, 0));
    }

    @Test
    void one_degree_of_longitude_on_the_equator_is_111_km() {
        assertEquals(111.195, GeoDistance.km(0, 0, 0, 1), 0.001);
    }
}
