package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HungarianAssignmentTest {
    private final HungarianAssignment assignment = new HungarianAssignment();

    @Test
    void optimal_assignment_beats_taking_the_heaviest_pair_first() {
        // Greedy takes (0,0)=3 and then row 1 can only take column 1, which is forbidden: total 3.
        // The optimum pairs across: 2 + 2 = 4.
        long[][] weights = {{3, 2}, {2, 0}};
        assertArrayEquals(new int[] {1, 0}, assignment.maximize(weights));
    }

    @Test
    void forbidden_pairs_are_left_unpaired() {
        long[][] weights = {{0, 0}, {0, 5}, {0, 0}};
        assertArrayEquals(new int[] {-1, 1, -1}, assignment.maximize(weights));
    }

    @Test
    void classic_three_by_three_case_has_its_known_optimum() {
        // The six permutations, as the column of each row: (0,1,2)=7+4+2=13, (0,2,1)=7+6+9=22, (1,0,2)=5+8+2=15, (1,2,0)=5+6+3=14,
        // (2,0,1)=1+8+9=18, (2,1,0)=1+4+3=8. Best: columns (0,2,1) with 22.
        long[][] weights = {{7, 5, 1}, {8, 4, 6}, {3, 9, 2}};
        assertArrayEquals(new int[] {0, 2, 1}, assignment.maximize(weights));
    }

    @Test
    void wide_and_tall_matrices_are_both_solved() {
        assertArrayEquals(new int[] {2}, assignment.maximize(new long[][] {{1, 2, 3}}));
        assertArrayEquals(new int[] {-1, -1, 0}, assignment.maximize(new long[][] {{1}, {2}, {3}}));
        assertArrayEquals(new int[0], assignment.maximize(new long[0][0]));
    }

    @Test
    void total_weight_equals_brute_force_on_random_small_matrices() {
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            int rows = 1 + random.nextInt(5);
            int cols = 1 + random.nextInt(5);
            long[][] w = new long[rows][cols];
            for (long[] row : w) for (int j = 0; j < cols; j++) row[j] = random.nextInt(4) == 0 ? 0 : random.nextInt(10);
            int[] chosen = assignment.maximize(w);
            long total = 0;
            boolean[] used = new boolean[cols];
            for (int i = 0; i < rows; i++) {
                if (chosen[i] < 0) continue;
                assertEquals(false, used[chosen[i]], "a column used twice");
                used[chosen[i]] = true;
                total += w[i][chosen[i]];
            }
            assertEquals(best(w, 0, new boolean[cols]), total, "round " + round);
        }
    }

    private static long best(long[][] w, int row, boolean[] used) {
        if (row == w.length) return 0;
        long result = best(w, row + 1, used);
        for (int j = 0; j < used.length; j++) {
            if (used[j] || w[row][j] <= 0) continue;
            used[j] = true;
            result = Math.max(result, w[row][j] + best(w, row + 1, used));
            used[j] = false;
        }
        return result;
    }
}
