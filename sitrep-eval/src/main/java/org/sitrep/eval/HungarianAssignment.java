package org.sitrep.eval;

import java.util.Arrays;

/**
 * Optimal one-to-one assignment (Kuhn-Munkres / Hungarian algorithm, O(n²m) with potentials).
 * Written here rather than taken from a library: it is some sixty lines, and a dependency for one
 * algorithm would be one more thing to keep up to date and to trust on ties.
 */
final class HungarianAssignment {

    /**
     * Pairs rows with columns to maximise the total weight. A weight of 0 or less means "may not be
     * paired". Returns, for each row, its column or -1. Any matrix shape is accepted (ragged rows are not).
     */
    int[] maximize(long[][] weights) {
        int rows = weights.length;
        int cols = rows == 0 ? 0 : weights[0].length;
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || cols == 0) return result;
        boolean transpose = rows > cols;
        int n = transpose ? cols : rows;
        int m = transpose ? rows : cols;
        long max = 0;
        for (long[] row : weights) for (long w : row) max = Math.max(max, w);
        // Minimise max - w; a forbidden pair costs as much as weight 0, so it never beats an allowed one.
        long[][] cost = new long[n + 1][m + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                long w = transpose ? weights[j][i] : weights[i][j];
                cost[i + 1][j + 1] = max - Math.max(0, w);
            }
        }
        int[] rowOfColumn = solve(cost, n, m);
        for (int j = 1; j <= m; j++) {
            int i = rowOfColumn[j];
            if (i == 0) continue;
            int row = transpose ? j - 1 : i - 1;
            int col = transpose ? i - 1 : j - 1;
            if (weights[row][col] > 0) result[row] = col;
        }
        return result;
    }

    /** The classic shortest-augmenting-path form for n <= m, 1-based; returns the row assigned to each column (0: none). */
    private static int[] solve(long[][] a, int n, int m) {
        long inf = Long.MAX_VALUE / 4;
        long[] u = new long[n + 1];
        long[] v = new long[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[m + 1];
            Arrays.fill(minv, inf);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = inf;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (used[j]) continue;
                    long cur = a[i0][j] - u[i0] - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        return p;
    }
}
