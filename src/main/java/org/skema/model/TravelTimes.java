package org.skema.model;

/** Slots needed to get from one room to another; symmetric, zero when unknown or without a room. */
public final class TravelTimes {
    private final int[][] slots;

    TravelTimes(int[][] slots) {
        this.slots = slots;
    }

    public int between(Room a, Room b) {
        if (a == null || b == null || a == b) {
            return 0;
        }
        return slots[a.index()][b.index()];
    }

    /** The longest travel time between any two rooms. */
    public int max() {
        int max = 0;
        for (int[] row : slots) {
            for (int value : row) {
                max = Math.max(max, value);
            }
        }
        return max;
    }

    public boolean isEmpty() {
        for (int[] row : slots) {
            for (int value : row) {
                if (value != 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
