package org.skema.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Zipf-like target sizes: the r-th most popular of n courses wants about c / r^skew students, clamped
 * to the allowed range, with c chosen so that the sizes add up to the total demand. StrictMath keeps
 * the sizes identical on every JVM.
 */
final class Popularity {
    private Popularity() {
    }

    /** Target sizes, most popular first, summing to {@code demand} as closely as the range allows. */
    static List<Integer> sizes(int count, int demand, double skew, int min, int max) {
        if (count == 0) {
            return List.of();
        }
        double low = 0;
        double high = (double) max * StrictMath.pow(count, skew) + max;
        for (int i = 0; i < 100; i++) {
            double mid = (low + high) / 2;
            if (total(count, mid, skew, min, max) < demand) {
                low = mid;
            } else {
                high = mid;
            }
        }
        List<Integer> sizes = new ArrayList<>(count);
        int sum = 0;
        for (int rank = 1; rank <= count; rank++) {
            int size = (int) Math.round(clamp(high / StrictMath.pow(rank, skew), min, max));
            sizes.add(size);
            sum += size;
        }
        // Rounding leaves a few students over or short; spread them over the courses that have room.
        for (int rank = 0; sum != demand && rank < 10 * count; rank++) {
            int i = rank % count;
            int size = sizes.get(i);
            if (sum < demand && size < max) {
                sizes.set(i, size + 1);
                sum++;
            } else if (sum > demand && size > min) {
                sizes.set(i, size - 1);
                sum--;
            }
        }
        return sizes;
    }

    private static double total(int count, double scale, double skew, int min, int max) {
        double total = 0;
        for (int rank = 1; rank <= count; rank++) {
            total += clamp(scale / StrictMath.pow(rank, skew), min, max);
        }
        return total;
    }

    private static double clamp(double value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
