package org.skema.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegressionsTest {
    private static BenchRun run(String instance, long seed, boolean feasible, long soft) {
        return new BenchRun("s", instance, seed, 60, 1, feasible, 0, feasible ? 0 : 1, soft, null, null, "", 1.0, 2.0, 1000,
                100, "c", "jvm", "machine", "now", List.of(), List.of());
    }

    @Test
    void worseMedianBeyondNoiseIsARegression() {
        List<BenchRun> baseline = List.of(run("a", 1, true, 100), run("a", 2, true, 104), run("a", 3, true, 102));
        assertThat(Regressions.find(baseline, List.of(run("a", 1, true, 105)), 5)).isEmpty();
        assertThat(Regressions.find(baseline, List.of(run("a", 1, true, 110)), 5)).singleElement().asString()
                .startsWith("a: median cost 110, baseline 102");
    }

    @Test
    void theBaselinesOwnSpreadWidensTheAllowance() {
        List<BenchRun> noisy = List.of(run("a", 1, true, 80), run("a", 2, true, 100), run("a", 3, true, 120));
        assertThat(Regressions.find(noisy, List.of(run("a", 1, true, 130)), 5)).isEmpty();
        assertThat(Regressions.find(noisy, List.of(run("a", 1, true, 150)), 5)).hasSize(1);
    }

    @Test
    void losingFeasibilityIsARegressionAndBetterIsNot() {
        List<BenchRun> baseline = List.of(run("a", 1, true, 100), run("b", 1, true, 50));
        List<String> found = Regressions.find(baseline, List.of(run("a", 1, false, 10), run("b", 1, true, 40)), 5);
        assertThat(found).singleElement().asString().contains("a: 1 of 1 runs infeasible");
    }

    @Test
    void runsWithAnotherTimeLimitThanTheBaselineAreNotComparedButNamed() {
        List<BenchRun> baseline = List.of(run("a", 1, true, 100), run("b", 1, true, 50));
        List<BenchRun> shorter = List.of(withLimit(run("a", 1, true, 500), 20), run("b", 1, true, 50));
        assertThat(Regressions.find(baseline, shorter, 5)).isEmpty();
        assertThat(Regressions.settingsDiffer(baseline, shorter)).containsExactly(
                "a: these runs had time limit 20 s, 1 worker(s), the baseline time limit 60 s, 1 worker(s)");
    }

    private static BenchRun withLimit(BenchRun r, double seconds) {
        return new BenchRun(r.suite(), r.instance(), r.seed(), seconds, r.workers(), r.feasible(), r.hard(), r.medium(),
                r.soft(), r.bestKnown(), r.reference(), r.components(), r.firstFeasibleSeconds(), r.bestSeconds(),
                r.movesPerSecond(), r.peakHeapMb(), r.commit(), r.jvm(), r.machine(), r.started(), r.history(), r.stages());
    }
}
