package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What solve tells the planner at the end of a solve. */
class SolveSummaryCliTest {
    @TempDir
    Path dir;

    /** The example with both lectures taught by T1, who can only teach Monday and Wednesday mornings. */
    private Path twoLecturesForOneSlot() throws IOException {
        String example = Files.readString(Path.of("datasets/example.json"));
        String changed = example
                .replace("\"unavailable\": [{\"days\": \"Fri\", \"start\": \"08:00\", \"end\": \"18:00\"}]",
                        "\"unavailable\": [{\"days\": \"Tue,Thu,Fri\", \"start\": \"08:00\", \"end\": \"18:00\"},"
                                + " {\"days\": \"Mon,Wed\", \"start\": \"10:00\", \"end\": \"18:00\"}]")
                .replace("{\"id\": \"LAW2-L\", \"limit\": 80, \"teachers\": [\"T2\"]",
                        "{\"id\": \"LAW2-L\", \"limit\": 80, \"teachers\": [\"T1\"]");
        assertThat(changed).isNotEqualTo(example);
        return Files.writeString(dir.resolve("one-slot.json"), changed);
    }

    @Test
    void solveNamesTheUnplacedSectionsAndTheHardRulesThatBlockThem() throws IOException {
        CliRun run = CliRun.of("solve", twoLecturesForOneSlot().toString(), "-o", dir.resolve("s.json").toString(),
                "--time-limit", "20s", "--move-limit", "2000");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.INFEASIBLE);
        assertThat(run.out()).contains("Unplaced sections (1;");
        String line = run.out().lines().filter(l -> l.matches("  LAW[12]-L: no time; .*")).findFirst().orElseThrow();
        assertThat(line).contains("blocked by ").contains("Teacher conflict (");
    }

    @Test
    void solveStopsAfterTheUnimprovedLimitInsteadOfItsWholeTimeLimit() {
        long started = System.nanoTime();
        CliRun run = CliRun.of("solve", "datasets/example.json", "-o", dir.resolve("s.json").toString(),
                "--time-limit", "60s", "--unimproved-limit", "1s");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Feasible: yes").doesNotContain("stopped early");
        assertThat(System.nanoTime() - started).isLessThan(30_000_000_000L);
    }
}
