package org.skema.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One of {@code count} shares of a suite's runs, numbered from 1, so that a cluster's array tasks
 * run a suite together and {@code bench merge} puts it back together.
 */
public record Shard(int index, int count) {
    /** The whole suite: what a run without --shard is. */
    public static final Shard WHOLE = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, got " + index + "/" + count);
        }
    }

    /**
     * Reads "I/N", or "auto" and "auto/N" from a job scheduler's environment: a Slurm array task
     * ({@code SLURM_ARRAY_TASK_ID} counted from {@code SLURM_ARRAY_TASK_MIN} in steps of
     * {@code SLURM_ARRAY_TASK_STEP}, of {@code SLURM_ARRAY_TASK_COUNT}) or a Kubernetes indexed job
     * ({@code JOB_COMPLETION_INDEX}, from 0; Kubernetes gives no count, so it is N of "auto/N").
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    public static Shard parse(String text, Map<String, String> env) {
        String[] parts = text.split("/", -1);
        if (parts.length > 2 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("--shard must be I/N, auto or auto/N, got '" + text + "'");
        }
        Integer count = parts.length == 2 ? number(parts[1], "N of --shard " + text) : null;
        if (!parts[0].equals("auto")) {
            if (count == null) {
                throw new IllegalArgumentException("--shard must be I/N, auto or auto/N, got '" + text + "'");
            }
            return checked(number(parts[0], "I of --shard " + text), count, text);
        }
        if (env.get("SLURM_ARRAY_TASK_ID") != null) {
            int id = number(env.get("SLURM_ARRAY_TASK_ID"), "SLURM_ARRAY_TASK_ID");
            int min = env.get("SLURM_ARRAY_TASK_MIN") == null ? 0 : number(env.get("SLURM_ARRAY_TASK_MIN"),
                    "SLURM_ARRAY_TASK_MIN");
            int step = env.get("SLURM_ARRAY_TASK_STEP") == null ? 1 : number(env.get("SLURM_ARRAY_TASK_STEP"),
                    "SLURM_ARRAY_TASK_STEP");
            if (env.get("SLURM_ARRAY_TASK_COUNT") == null) {
                throw new IllegalArgumentException("--shard auto: SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not");
            }
            int tasks = number(env.get("SLURM_ARRAY_TASK_COUNT"), "SLURM_ARRAY_TASK_COUNT");
            if (count != null && count != tasks) {
                throw new IllegalArgumentException("--shard " + text + ": the Slurm array has " + tasks + " tasks");
            }
            if (step < 1 || (id - min) % step != 0) {
                throw new IllegalArgumentException("--shard auto: array task " + id + " is not MIN + k * STEP ("
                        + min + ", " + step + "); submit the array as --array=1-N");
            }
            return checked((id - min) / step + 1, tasks, "auto (Slurm array task " + id + ")");
        }
        if (env.get("JOB_COMPLETION_INDEX") != null) {
            if (count == null) {
                throw new IllegalArgumentException("--shard auto: a Kubernetes indexed job gives no count; pass "
                        + "--shard auto/N with N the job's completions");
            }
            return checked(number(env.get("JOB_COMPLETION_INDEX"), "JOB_COMPLETION_INDEX") + 1, count,
                    "auto (JOB_COMPLETION_INDEX " + env.get("JOB_COMPLETION_INDEX") + ")");
        }
        throw new IllegalArgumentException("--shard " + text + ": neither SLURM_ARRAY_TASK_ID (a Slurm array task) "
                + "nor JOB_COMPLETION_INDEX (a Kubernetes indexed job) is set");
    }

    private static Shard checked(int index, int count, String source) {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard " + source + " is shard " + index + " of " + count
                    + ": it must be 1 to " + count + " of at least 1");
        }
        return new Shard(index, count);
    }

    private static int number(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, got '" + text + "'");
        }
    }

    /**
     * This shard's runs, in the suite's order. Every shard computes the same split from the same
     * runs: longest time limit first, each to the shard with the least time so far (lowest number on
     * a tie), so that an array finishes about when its longest task does.
     */
    public List<PlannedRun> share(List<PlannedRun> runs, Function<PlannedRun, Duration> limit) {
        return split(runs, limit).get(index - 1);
    }

    /** All {@code count} shares, in order. */
    public List<List<PlannedRun>> split(List<PlannedRun> runs, Function<PlannedRun, Duration> limit) {
        int[] owner = new int[runs.size()];
        long[] load = new long[count];
        List<Integer> longestFirst = IntStream.range(0, runs.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> limit.apply(runs.get(i))).reversed()).toList();
        for (int run : longestFirst) {
            int least = 0;
            for (int shard = 1; shard < count; shard++) {
                if (load[shard] < load[least]) {
                    least = shard;
                }
            }
            owner[run] = least;
            load[least] += limit.apply(runs.get(run)).toMillis();
        }
        List<List<PlannedRun>> shares = new ArrayList<>();
        for (int shard = 0; shard < count; shard++) {
            List<PlannedRun> share = new ArrayList<>();
            for (int run = 0; run < runs.size(); run++) {
                if (owner[run] == shard) {
                    share.add(runs.get(run));
                }
            }
            shares.add(share);
        }
        return shares;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
