package org.skema.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What to ask Slurm for to run a suite's shards as an array, one task per shard: one CPU (a run
 * uses one solver thread), memory for the run's heap plus the bench JVM that starts and scores it,
 * and a wall time that covers the largest shard with room for start-up and scoring.
 *
 * @param tasks   array tasks, 1 to N
 * @param memoryGb memory per task
 * @param minutes  wall time per task
 */
public record SlurmResources(int tasks, long memoryGb, long minutes) {
    /** The heap the array script gives the bench JVM itself (SKEMA_JAVA_OPTS): it reads and scores each solution. */
    public static final long BENCH_JVM_GB = 2;
    /** Beyond the two heaps: JVM code, threads, OR-Tools' native memory. */
    private static final long OVERHEAD_GB = 1;
    /** Per run beyond its limit: JVM start, reading, construction before the clock, writing, scoring. */
    private static final Duration PER_RUN = Duration.ofMinutes(2);

    public static SlurmResources of(List<List<PlannedRun>> shares, java.util.function.Function<PlannedRun, Duration> limit,
            String heap) {
        long longest = 0;
        for (List<PlannedRun> share : shares) {
            long seconds = 0;
            for (PlannedRun run : share) {
                seconds += limit.apply(run).toSeconds() * 5 / 4 + PER_RUN.toSeconds();
            }
            longest = Math.max(longest, seconds);
        }
        return new SlurmResources(shares.size(), gigabytes(heap) + BENCH_JVM_GB + OVERHEAD_GB,
                Math.max(1, (longest + 59) / 60));
    }

    /** The options for sbatch. */
    public String sbatchOptions() {
        return String.format(Locale.ROOT, "--array=1-%d --cpus-per-task=1 --mem=%dG --time=%d", tasks, memoryGb, minutes);
    }

    /** A heap size as -Xmx takes it ("6g", "4096m"), rounded up to whole gigabytes. */
    static long gigabytes(String heap) {
        char unit = Character.toLowerCase(heap.charAt(heap.length() - 1));
        long number = Long.parseLong(Character.isDigit(unit) ? heap : heap.substring(0, heap.length() - 1));
        long bytes = switch (unit) {
            case 'k' -> number << 10;
            case 'm' -> number << 20;
            case 'g' -> number << 30;
            case 't' -> number << 40;
            default -> number;
        };
        return Math.max(1, (bytes + (1L << 30) - 1) >> 30);
    }
}
