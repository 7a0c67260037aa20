package org.skema.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares a benchmark with a stored baseline. An instance has regressed when it lost feasibility
 * in some run, or when its median cost got worse by more than the noise: the larger of a relative
 * tolerance and the spread the baseline's own runs showed.
 */
public final class Regressions {
    private Regressions() {
    }

    /**
     * One sentence per regressed instance; empty when nothing got worse. Instances whose baseline
     * ran with other settings are not compared (see {@link #settingsDiffer}).
     */
    public static List<String> find(List<BenchRun> baseline, List<BenchRun> current, double tolerancePercent) {
        Map<String, InstanceStats> before = InstanceStats.of(baseline).stream()
                .collect(Collectors.toMap(InstanceStats::instance, Function.identity()));
        Map<String, Set<String>> settingsBefore = settings(baseline);
        Map<String, Set<String>> settingsNow = settings(current);
        List<String> regressions = new ArrayList<>();
        for (InstanceStats now : InstanceStats.of(current)) {
            InstanceStats then = before.get(now.instance());
            if (then == null || !settingsBefore.get(now.instance()).equals(settingsNow.get(now.instance()))) {
                continue;
            }
            if (then.allFeasible() && !now.allFeasible()) {
                regressions.add(String.format(Locale.ROOT, "%s: %d of %d runs infeasible (baseline: all %d feasible)",
                        now.instance(), now.runs() - now.feasibleRuns(), now.runs(), then.runs()));
                continue;
            }
            if (then.median() == null || now.median() == null) {
                continue;
            }
            double noise = Math.max(tolerancePercent / 100.0, spread(then));
            double allowed = then.median() + Math.abs(then.median()) * noise;
            if (now.median() > allowed && now.median() - then.median() > 0) {
                regressions.add(String.format(Locale.ROOT, "%s: median cost %d, baseline %d (+%.1f%%, noise allowance %.1f%%)",
                        now.instance(), now.median(), then.median(),
                        then.median() == 0 ? Double.POSITIVE_INFINITY : 100.0 * (now.median() - then.median()) / then.median(),
                        100 * noise));
            }
        }
        return regressions;
    }

    /**
     * One sentence per instance whose runs had another time limit or number of workers than its
     * baseline runs: a 20 s run is worse than a 90 s baseline by design, not by regression.
     */
    public static List<String> settingsDiffer(List<BenchRun> baseline, List<BenchRun> current) {
        Map<String, Set<String>> before = settings(baseline);
        List<String> differ = new ArrayList<>();
        settings(current).forEach((instance, now) -> {
            Set<String> then = before.get(instance);
            if (then != null && !then.equals(now)) {
                differ.add(String.format(Locale.ROOT, "%s: these runs had %s, the baseline %s", instance,
                        String.join(" / ", now), String.join(" / ", then)));
            }
        });
        return differ;
    }

    /** Per instance, the settings its runs had, as "time limit 20 s, 1 worker(s)". */
    private static Map<String, Set<String>> settings(List<BenchRun> runs) {
        Map<String, Set<String>> settings = new TreeMap<>();
        for (BenchRun run : runs) {
            settings.computeIfAbsent(run.instance(), k -> new TreeSet<>()).add(String.format(Locale.ROOT,
                    "time limit %s s, %d worker(s)", BigDecimal.valueOf(run.timeLimitSeconds()).stripTrailingZeros()
                            .toPlainString(), run.workers()));
        }
        return settings;
    }

    /** (worst - best) / median of the baseline's feasible runs: how much runs differ by chance. */
    private static double spread(InstanceStats stats) {
        if (stats.median() == null || stats.median() == 0 || stats.best() == null) {
            return 0;
        }
        return (double) (stats.worst() - stats.best()) / Math.abs(stats.median());
    }
}
