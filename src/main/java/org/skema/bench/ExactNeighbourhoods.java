package org.skema.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The summary's section on the exact stage: per instance, its share of the search time and, per kind
 * of neighbourhood summed over runs and stages, how many were solved, gave a move and a new best, the
 * soft score they gained and the time they took.
 */
final class ExactNeighbourhoods {
    private ExactNeighbourhoods() {
    }

    static void append(StringBuilder md, List<BenchRun> runs) {
        Map<String, double[]> time = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> kinds = new LinkedHashMap<>();
        for (BenchRun run : runs) {
            for (SolveStats.Stage stage : run.stages()) {
                double[] shares = time.computeIfAbsent(run.instance(), k -> new double[2]);
                shares[0] += stage.seconds();
                if (!stage.name().equals("exact")) {
                    continue;
                }
                shares[1] += stage.seconds();
                for (SolveStats.Neighbourhood n : stage.neighbourhoods()) {
                    double[] sum = kinds.computeIfAbsent(run.instance(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(n.kind(), k -> new double[5]);
                    sum[0] += n.tries();
                    sum[1] += n.moves();
                    sum[2] += n.improvements();
                    sum[3] += n.gain();
                    sum[4] += n.seconds();
                }
            }
        }
        if (kinds.isEmpty()) {
            return;
        }
        md.append("\n## Exact neighbourhoods (CP-SAT stage)\n\n");
        md.append("Summed over runs: the exact stage's share of the stages' time, then per kind the neighbourhoods"
                + " solved, the moves they proposed, the new best timetables those gave, the soft score gained and"
                + " the seconds spent building and solving them.\n\n");
        md.append("| instance | exact share of time | kind | tries | moves | new bests | soft gained | seconds |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        kinds.forEach((instance, byKind) -> {
            double[] shares = time.get(instance);
            String share = String.format(Locale.ROOT, "%.0f%%", shares[0] == 0 ? 0 : 100 * shares[1] / shares[0]);
            byKind.forEach((kind, sum) -> md.append(String.format(Locale.ROOT,
                    "| %s | %s | %s | %,d | %,d | %,d | %,d | %.1f |%n", instance, share, kind, (long) sum[0],
                    (long) sum[1], (long) sum[2], (long) sum[3], sum[4])));
        });
    }
}
