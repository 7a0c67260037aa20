package org.skema.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Merges one day's meetings into blocks: meetings whose gap is at most {@code maxGap} slots join. */
final class Blocks {
    record Block(int start, int end, int count) {
    }

    private Blocks() {
    }

    static List<Block> of(List<TimePattern> meetings, int maxGap) {
        List<TimePattern> sorted = new ArrayList<>(meetings);
        sorted.sort(Comparator.comparingInt(TimePattern::start));
        List<Block> blocks = new ArrayList<>();
        int start = -1;
        int end = -1;
        int count = 0;
        for (TimePattern time : sorted) {
            if (count > 0 && time.start() > end + maxGap) {
                blocks.add(new Block(start, end, count));
                count = 0;
            }
            if (count == 0) {
                start = time.start();
                end = time.end();
            } else {
                end = Math.max(end, time.end());
            }
            count++;
        }
        if (count > 0) {
            blocks.add(new Block(start, end, count));
        }
        return blocks;
    }
}
