package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** solve --publish: one command from a problem to a published timetable (what make run does for the faculty). */
class PublishCliTest {
    @TempDir
    Path dir;

    @Test
    void solvePublishesTheSolutionEveryViewAndEndsWithWhatIsWhereAndTheHeadline() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("solve", "datasets/example.json", "--publish", out.toString(), "--time-limit", "20s",
                "--move-limit", "2000", "--semester-start", "2026-09-07");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(out.resolve("example-solution.json")).exists();
        for (String file : new String[] {"meetings.csv", "teacher-meetings.csv", "room-meetings.csv",
                "group-meetings.csv", "student-meetings.csv", "timetable.xlsx", "report.html"}) {
            assertThat(out.resolve(file)).as(file).isNotEmptyFile();
        }
        try (var calendars = Files.walk(out.resolve("calendars"))) {
            assertThat(calendars.filter(f -> f.toString().endsWith(".ics")).count()).isPositive();
        }
        assertThat(run.out()).contains("Published in " + out + ":").contains(out.resolve("report.html").toString());
        String last = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).matches("Placed 7 of 7 sections; 0 hard violation\\(s\\); \\d+ student conflict\\(s\\); "
                + "worst rule: .*");
    }

    @Test
    void aPublicationThatCouldNotBeWrittenIsRefusedBeforeTheSolve() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("report.html"), "mine");
        CliRun run = CliRun.of("solve", "datasets/example.json", "--publish", out.toString(), "--time-limit", "20s");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("report.html");
        assertThat(run.out()).doesNotContain("Solving");
        assertThat(Files.readString(out.resolve("report.html"))).isEqualTo("mine");
    }
}
