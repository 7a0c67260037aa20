package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapPeakTest {
    private static final int MB = 1 << 20;

    @Test
    void thePeakRemembersWhatWasLiveOnceAndNeverExceedsTheHeapLimit() {
        HeapPeak.start();
        long checksum = churn();
        System.gc(); // what churn kept is garbage now: only the listener saw the heap with it
        assertThat(checksum).isEqualTo(400L * 4 * MB);
        assertThat(HeapPeak.bytes()).as("at least what was live together, though freed since")
                .isGreaterThanOrEqualTo(48L * MB)
                .as("at most the limit: one moment's total, not each pool's own peak added up")
                .isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
    }

    /** 64 MB live at any time, 1.6 GB allocated in all, so collections happen while it is live. */
    private static long churn() {
        byte[][] kept = new byte[16][];
        long checksum = 0;
        for (int i = 0; i < 400; i++) {
            kept[i % kept.length] = new byte[4 * MB];
            checksum += kept[i % kept.length].length;
        }
        return checksum;
    }
}
