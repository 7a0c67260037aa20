package org.skema.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.cli.CliRun;

/**
 * The re-planning scenario of the issue, through the CLI: solve a faculty, change five things as a
 * planner would (see {@link FacultyChanges}), re-solve with --from: the result is feasible and moves
 * far fewer sections than a fresh solve of the changed problem does.
 */
class ReplanScenarioTest {
    private static final Pattern MOVED = Pattern.compile("Moved (\\d+) of (\\d+) section");

    @TempDir
    Path dir;

    /** The number of moved sections that solve or check printed. */
    static int moved(CliRun run) {
        Matcher matcher = MOVED.matcher(run.out());
        assertThat(matcher.find()).as(run.out()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    static CliRun skema(String... args) {
        return CliRun.of(args);
    }

    @Test
    void theSmallFacultyIsReplannedFeasiblyWithFewMoves() {
        Outcome outcome = scenario(Path.of("datasets/faculty-small.json"), 20, dir, "30000");
        System.out.println("re-plan moved " + outcome.replanMoved() + ", fresh solve moved " + outcome.freshMoved());
        assertThat(outcome.replanMoved()).as("the lengthened lecture must move").isPositive();
        assertThat(outcome.replanMoved() * 3).as(outcome.toString()).isLessThan(outcome.freshMoved());
    }

    /** The full faculty with 200 enrolment changes, for benchmarks/RESULTS.md (about 10 minutes). */
    @Test
    @Tag("slow")
    void theFacultyIsReplannedFeasiblyWithFewMoves() throws Exception {
        Path out = Path.of("target/replan");
        Files.createDirectories(out);
        Outcome outcome = scenario(Path.of("datasets/faculty.json"), 200, out, null);
        System.out.println(outcome);
        assertThat(outcome.replanMoved() * 3).as(outcome.toString()).isLessThan(outcome.freshMoved());
    }

    record Outcome(List<String> changes, int replanMoved, int freshMoved, int sections, String replanOut,
            String freshCheck) {
        @Override
        public String toString() {
            return "changes: " + changes + "\nre-plan moved " + replanMoved + ", fresh solve moved " + freshMoved
                    + " of " + sections + "\n--- re-plan ---\n" + replanOut + "\n--- fresh, checked against the previous"
                    + " ---\n" + freshCheck;
        }
    }

    /** Each solve stops at {@code moves} moves (reproducible) or, when null, after 90 s like make run. */
    private static Outcome scenario(Path problem, int enrolmentChanges, Path dir, String moves) {
        Assumptions.assumeTrue(Files.exists(problem), problem + " is missing");
        Path previous = dir.resolve("previous.json");
        Path changed = dir.resolve("changed.json");
        Path replan = dir.resolve("replan.json");
        Path fresh = dir.resolve("fresh.json");
        List<String> limit = moves == null ? List.of("--time-limit", "90s") : List.of("--time-limit", "120s",
                "--move-limit", moves);
        CliRun first = skema(args(limit, "solve", problem.toString(), "-o", previous.toString(), "--force"));
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();

        List<String> changes = FacultyChanges.apply(problem, previous, enrolmentChanges, 1, changed);

        CliRun replanned = skema(args(limit, "solve", changed.toString(), "--from", previous.toString(), "-o",
                replan.toString(), "--force"));
        assertThat(replanned.exitCode()).as(replanned.out() + replanned.err()).isZero();
        assertThat(dir.resolve("replan-diff.csv")).exists();
        CliRun solvedAfresh = skema(args(limit, "solve", changed.toString(), "-o", fresh.toString(), "--force"));
        assertThat(solvedAfresh.exitCode()).as(solvedAfresh.out() + solvedAfresh.err()).isZero();
        CliRun freshCheck = skema("check", changed.toString(), fresh.toString(), "--from", previous.toString(),
                "--summary");
        assertThat(freshCheck.exitCode()).as(freshCheck.out() + freshCheck.err()).isZero();
        CliRun replanCheck = skema("check", changed.toString(), replan.toString(), "--from", previous.toString(),
                "--summary");
        assertThat(moved(replanCheck)).isEqualTo(moved(replanned));
        Matcher total = MOVED.matcher(replanned.out());
        assertThat(total.find()).isTrue();
        return new Outcome(changes, moved(replanned), moved(freshCheck), Integer.parseInt(total.group(2)),
                replanned.out(), freshCheck.out());
    }

    private static String[] args(List<String> limit, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(limit);
        return all.toArray(String[]::new);
    }
}
