package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.skema.solver.PortfolioSolver;

/**
 * Faults that are not about input files (issue 19): running out of memory, heap settings, too many
 * workers, nonsense options, left-out XML and solver log lines. Each must end with its documented
 * exit code and one line, no stack trace, and no lost or half-written file.
 */
@DisabledOnOs(OS.WINDOWS)
class FaultTest {
    private static final String FACULTY = "datasets/faculty.json";
    private static final String EXAMPLE = "datasets/example.json";
    private static final String PREVIOUS = "a solution written by an earlier run\n";

    @TempDir
    Path dir;

    @Test
    void runningOutOfMemoryWhileReadingIsOneLineAndExitCode3() throws IOException {
        Path output = dir.resolve("out.json");
        ChildRun run = ChildRun.java(dir, List.of("-Xmx32m"), "solve", FACULTY, "-o", output.toString(),
                "--time-limit", "5s");
        assertOutOfMemory(run, "32 MB", "SKEMA_JAVA_OPTS=-Xmx1g");
        assertThat(output).doesNotExist();
        assertNoTemporaryFiles();
    }

    @Test
    void runningOutOfMemoryWhileSolvingKeepsTheExistingOutput() throws IOException {
        // As a CSV bundle the faculty reads in 28 MB (its JSON tree needs more); two workers, each with
        // its own copy of the problem and solver, need far more than 32 MB.
        Path bundle = dir.resolve("faculty-bundle");
        assertThat(CliRun.of("convert", FACULTY, bundle.toString()).exitCode()).isZero();
        Path output = dir.resolve("out.json");
        Files.writeString(output, PREVIOUS);
        ChildRun run = ChildRun.java(dir, List.of("-Xmx32m"), "solve", bundle.toString(), "-o", output.toString(),
                "--time-limit", "20s", "--workers", "2", "--force");
        assertThat(run.out()).as("read, then ran out while solving").startsWith("Solving ");
        assertOutOfMemory(run, "32 MB", "SKEMA_JAVA_OPTS=");
        assertThat(output).hasContent(PREVIOUS.strip());
        assertNoTemporaryFiles();
    }

    @Test
    void benchReportsARunThatRanOutOfMemory() throws IOException {
        Path suite = dir.resolve("faculty.suite.json");
        Files.writeString(suite, """
                {"name": "oom", "dataRoot": "project", "timeLimit": "5s", "seeds": [1],
                 "runs": [{"instance": "faculty", "problem": "datasets/faculty.json"}]}
                """);
        CliRun run = CliRun.of("bench", suite.toString(), "--heap", "32m", "--out", dir.resolve("runs").toString(),
                "--baseline", dir.resolve("none.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("skema: out of memory in the run of faculty (seed 1)").contains("32m").contains("--heap");
    }

    @Test
    void theLauncherHonoursAHeapSizeInJavaToolOptions() {
        ChildRun run = ChildRun.launcher(dir, Map.of("JAVA_TOOL_OPTIONS", "-Xmx32m"), "solve", FACULTY,
                "-o", dir.resolve("out.json").toString(), "--time-limit", "2s");
        assertOutOfMemory(run, "32 MB", "SKEMA_JAVA_OPTS=");
    }

    @Test
    void theLauncherSizesTheHeapFromTheMachineUnlessTold() {
        long machineMb = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 20;
        long byDefault = heapMb(ChildRun.launcher(dir, Map.of(), "--version"));
        assertThat(byDefault).as("three quarters of %d MB", machineMb).isBetween(machineMb * 70 / 100, machineMb * 76 / 100);
        assertThat(heapMb(ChildRun.launcher(dir, Map.of("SKEMA_JAVA_OPTS", "-Xmx300m"), "--version"))).isEqualTo(300);
        assertThat(heapMb(ChildRun.launcher(dir, Map.of("JDK_JAVA_OPTIONS", "-Xmx200m"), "--version"))).isEqualTo(200);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tooManyWorkersIsAUsageError() {
        CliRun run = CliRun.of("solve", EXAMPLE, "-o", dir.resolve("out.json").toString(), "--workers", "100000",
                "--time-limit", "5s");
        assertUsageError(run, "--workers must be 1 to " + PortfolioSolver.MAX_WORKERS);
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void theTimeLimitHoldsWithTheMostWorkersAndTimefoldKeepsItsWarningsToItself() {
        Path output = dir.resolve("out.json");
        ChildRun run = ChildRun.java(dir, List.of("-Xmx2g"), "solve", "datasets/faculty-small.json",
                "-o", output.toString(), "--time-limit", "3s", "--workers", String.valueOf(PortfolioSolver.MAX_WORKERS));
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.OK, ExitCode.INFEASIBLE);
        assertThat(run.out()).contains("Wrote " + output);
        // Start-up, reading and writing come on top of the limit; on a shared 2-core machine they take a few seconds.
        assertThat(run.took().toSeconds()).as(run.out()).isLessThan(3 + 20);
        assertThat(run.err()).doesNotContain("WARN").doesNotContain("may not be fully initialized");
    }

    @Test
    void nonsenseOptionsAreUsageErrors() throws IOException {
        String output = dir.resolve("out.json").toString();
        assertUsageError(CliRun.of("solve", EXAMPLE, "-o", output, "--move-limit", "-5"), "--move-limit");
        assertUsageError(CliRun.of("solve", EXAMPLE, "-o", output, "--time-limit", "9999999999999h"), "too long");
        assertUsageError(CliRun.of("check", EXAMPLE, "datasets/example-solution.json", "--limit", "-1"), "--limit");
        assertUsageError(CliRun.of("explain", EXAMPLE, "datasets/example-solution.json", "--limit", "-1"), "--limit");
        assertUsageError(CliRun.of("bench", "benchmarks/quick.suite.json", "--runs", "0"), "--runs");
        assertUsageError(CliRun.of("solve", EXAMPLE, "-o", output, "--solver-config",
                dir.resolve("missing.xml").toString()), "missing.xml");
        Path doctype = dir.resolve("doctype.xml");
        Files.writeString(doctype, """
                <?xml version="1.0"?>
                <!DOCTYPE solver [<!ENTITY x "y">]>
                <solver/>
                """);
        assertUsageError(CliRun.of("solve", EXAMPLE, "-o", output, "--solver-config", doctype.toString()), "DOCTYPE");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void theDoctypeOfASolverConfigIsReportedOnceAndNotByTheXmlParser() throws IOException {
        Path doctype = dir.resolve("doctype.xml");
        Files.writeString(doctype, "<?xml version=\"1.0\"?>\n<!DOCTYPE solver>\n<solver/>\n");
        ChildRun run = ChildRun.java(dir, List.of(), "solve", EXAMPLE, "-o", dir.resolve("out.json").toString(),
                "--solver-config", doctype.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("skema: " + doctype + ":2:");
    }

    @Test
    void anUnknownXmlAttributeIsWarnedAbout() throws IOException {
        Path xml = dir.resolve("example.xml");
        assertThat(CliRun.of("convert", EXAMPLE, xml.toString()).exitCode()).isZero();
        Files.writeString(xml, Files.readString(xml).replaceFirst("<class id=", "<class colour=\"red\" id="));
        CliRun run = CliRun.of("check", xml.toString(), "datasets/example-solution.json", "--summary");
        assertThat(run.err()).contains("skema: warning: " + xml + ":").contains("<class colour>: unknown attribute");
    }

    private static long heapMb(ChildRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher heap = Pattern.compile("heap up to ([0-9,]+) MB").matcher(run.out());
        assertThat(heap.find()).as(run.out()).isTrue();
        return Long.parseLong(heap.group(1).replace(",", ""));
    }

    private static void assertOutOfMemory(ChildRun run, String heap, String advice) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(run.errLines()).as(run.err()).last().asString()
                .startsWith("skema: out of memory").contains(heap).contains(advice);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("OutOfMemoryError");
        // Progress lines and their legend may come before it; nothing else may.
        assertThat(run.errLines()).filteredOn(line -> !line.startsWith("[") && !line.startsWith("Progress: "))
                .hasSize(1);
    }

    private static void assertUsageError(CliRun run, String mentioned) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines().toList()).as(run.err()).singleElement().asString()
                .startsWith("skema: ").contains(mentioned).doesNotContain("internal error");
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".tmp")))
                    .isEmpty();
        }
    }
}
