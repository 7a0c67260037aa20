package org.skema.bench;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.skema.bound.LowerBound;

/** The benchmark in Markdown: per instance best, median, gap to best known, speed; then regressions. */
public final class SummaryMarkdown {
    private SummaryMarkdown() {
    }

    /**
     * @param note   a line for the header (which shard this is, how many were merged), or null
     * @param bounds the proven lower bound of each instance that has one (computed only when asked:
     *               {@code bench --bound}); empty for none
     */
    public static String of(Suite suite, List<BenchRun> runs, List<String> regressions, String baselineName,
            String note, Map<String, LowerBound> bounds) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark: ").append(suite.name()).append("\n\n");
        if (!suite.description().isEmpty()) {
            md.append(suite.description()).append("\n\n");
        }
        if (!runs.isEmpty()) {
            BenchRun first = runs.get(0);
            md.append("- commit: `").append(first.commit()).append("`\n");
            md.append("- JVM: ").append(first.jvm()).append("\n");
            md.append("- machine: ").append(first.machine()).append("\n");
            md.append("- started: ").append(first.started()).append("\n");
            md.append(String.format(Locale.ROOT, "- runs: %d (time limit %s s per run, %d worker(s))%n%n", runs.size(),
                    trim(first.timeLimitSeconds()), first.workers()));
        }
        if (note != null) {
            md.append(note).append("\n\n");
        }
        md.append("Cost is the Evaluator's soft score of the written solution (the official objective for ITC"
                + " instances); only feasible runs have one.\n\n");
        boolean withBounds = !bounds.isEmpty();
        md.append("| instance | runs | feasible | best | median | best known | gap of best | reference | "
                + "first feasible (median) | moves/s (median) | peak heap |"
                + (withBounds ? " lower bound | gap of best to bound |" : "") + "\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|").append(withBounds ? "---|---|" : "").append('\n');
        for (InstanceStats stats : InstanceStats.of(runs)) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s | %s | %,d | %,d MB |",
                    stats.instance(), stats.runs(), stats.feasibleRuns(), orDash(stats.best()), orDash(stats.median()),
                    orDash(stats.bestKnown()),
                    stats.gapPercent() == null ? "-" : String.format(Locale.ROOT, "%.1f%%", stats.gapPercent()),
                    orDash(stats.reference()),
                    stats.medianFirstFeasibleSeconds() == null ? "never"
                            : String.format(Locale.ROOT, "%.1f s", stats.medianFirstFeasibleSeconds()),
                    stats.medianMovesPerSecond(), stats.maxPeakHeapMb()));
            if (withBounds) {
                md.append(boundCells(bounds.get(stats.instance()), stats.best()));
            }
            md.append('\n');
        }
        if (withBounds) {
            md.append("\nLower bound: proven by `skema bound` (CP-SAT's best objective bound of a relaxation, or each"
                    + " section's cheapest options); gap = (best - bound) / best.\n");
        }
        appendComponents(md, runs);
        ExactNeighbourhoods.append(md, runs);
        md.append("\n## Compared with ").append(baselineName == null ? "no baseline" : "`" + baselineName + "`")
                .append("\n\n");
        if (baselineName == null) {
            md.append("No stored baseline to compare with.\n");
        } else if (regressions.isEmpty()) {
            md.append("No instance got worse beyond run-to-run noise.\n");
        } else {
            regressions.forEach(line -> md.append("- **worse**: ").append(line).append('\n'));
        }
        return md.toString();
    }

    /** The soft rules behind each instance's best feasible run, one column per rule that costs anything. */
    private static void appendComponents(StringBuilder md, List<BenchRun> runs) {
        Map<String, BenchRun> bestRuns = new LinkedHashMap<>();
        for (BenchRun run : runs) {
            if (run.feasible()) {
                bestRuns.merge(run.instance(), run, (a, b) -> b.soft() < a.soft() ? b : a);
            }
        }
        Map<String, Map<String, String>> components = new LinkedHashMap<>();
        Set<String> rules = new LinkedHashSet<>();
        bestRuns.forEach((instance, run) -> {
            Map<String, String> penalties = parseComponents(run.components());
            rules.addAll(penalties.keySet());
            components.put(instance, penalties);
        });
        if (bestRuns.isEmpty()) {
            return;
        }
        md.append("\n## Best feasible run per instance: where the cost comes from\n\n");
        md.append("Weighted penalty per soft rule (they add up to the cost).\n\n");
        md.append("| instance | seed | cost |");
        rules.forEach(rule -> md.append(' ').append(rule).append(" |"));
        md.append("\n|---|---|---|").append("---|".repeat(rules.size())).append('\n');
        bestRuns.forEach((instance, run) -> {
            md.append(String.format(Locale.ROOT, "| %s | %d | %,d |", instance, run.seed(), run.soft()));
            Map<String, String> penalties = components.get(instance);
            rules.forEach(rule -> md.append(' ').append(penalties.containsKey(rule)
                    ? String.format(Locale.ROOT, "%,d", Long.parseLong(penalties.get(rule))) : "0").append(" |"));
            md.append('\n');
        });
    }

    private static String boundCells(LowerBound bound, Long best) {
        if (bound == null) {
            return " - | - |";
        }
        if (!bound.feasible()) {
            return " infeasible | - |";
        }
        return String.format(Locale.ROOT, " %,d (%.0f s) | %s |", bound.value(), bound.seconds(),
                best == null ? "-" : String.format(Locale.ROOT, "%.1f%%", bound.gapPercent(best)));
    }

    /** "Rule=penalty; Rule=penalty", as {@link BenchRunner} records it. */
    static Map<String, String> parseComponents(String text) {
        Map<String, String> penalties = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return penalties;
        }
        for (String part : text.split(";")) {
            int equals = part.lastIndexOf('=');
            if (equals > 0) {
                penalties.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
            }
        }
        return penalties;
    }

    private static String orDash(Long value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%,d", value);
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }
}
