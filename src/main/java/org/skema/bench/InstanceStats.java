package org.skema.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One instance's runs summed up: best and median cost, feasibility, speed. */
public record InstanceStats(String instance, int runs, int feasibleRuns, Long best, Long median, Long worst,
        Long bestKnown, Long reference, Double medianFirstFeasibleSeconds, long medianMovesPerSecond, long maxPeakHeapMb) {

    public static List<InstanceStats> of(List<BenchRun> runs) {
        Map<String, List<BenchRun>> byInstance = new LinkedHashMap<>();
        runs.forEach(run -> byInstance.computeIfAbsent(run.instance(), k -> new ArrayList<>()).add(run));
        List<InstanceStats> stats = new ArrayList<>();
        byInstance.forEach((instance, list) -> {
            List<Long> costs = list.stream().filter(BenchRun::feasible).map(BenchRun::soft).sorted().toList();
            List<Double> firstFeasible = list.stream().map(BenchRun::firstFeasibleSeconds)
                    .filter(java.util.Objects::nonNull).sorted().toList();
            List<Long> speeds = list.stream().map(BenchRun::movesPerSecond).sorted().toList();
            stats.add(new InstanceStats(instance, list.size(), costs.size(), costs.isEmpty() ? null : costs.get(0),
                    costs.isEmpty() ? null : median(costs), costs.isEmpty() ? null : costs.get(costs.size() - 1),
                    list.get(0).bestKnown(), list.get(0).reference(),
                    firstFeasible.isEmpty() ? null : firstFeasible.get(firstFeasible.size() / 2),
                    speeds.get(speeds.size() / 2), list.stream().mapToLong(BenchRun::peakHeapMb).max().orElse(0)));
        });
        return stats;
    }

    /** The lower median, so that it is always a value some run reached. */
    private static Long median(List<Long> sorted) {
        return sorted.get((sorted.size() - 1) / 2);
    }

    public boolean allFeasible() {
        return feasibleRuns == runs;
    }

    public Double gapPercent() {
        return best == null || bestKnown == null || bestKnown <= 0 ? null : 100.0 * (best - bestKnown) / bestKnown;
    }
}
