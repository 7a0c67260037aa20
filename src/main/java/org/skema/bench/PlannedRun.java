package org.skema.bench;

/**
 * One run a suite asks for: a dataset and the seed of this run (the suite's seed, plus 1000 per
 * repeat when a seed runs more than once).
 */
public record PlannedRun(Suite.Entry entry, long seed) {
    @Override
    public String toString() {
        return entry.instance() + " seed " + seed;
    }
}
