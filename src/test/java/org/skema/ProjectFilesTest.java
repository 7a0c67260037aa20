package org.skema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.io.Formats;

/** Issue 18, item 5: what the README says about the datasets, and that make test ends with the test count. */
class ProjectFilesTest {
    @TempDir
    Path dir;

    @Test
    void readmeCountsTheExamplesStudents() throws IOException {
        int students = Formats.readProblem(Path.of("datasets/example.json")).students().size();
        int sections = Formats.readProblem(Path.of("datasets/example.json")).sections().size();
        assertThat(Files.readString(Path.of("README.md")))
                .contains("| `datasets/example.json` | a complete small example of the native format | " + sections
                        + " sections, " + students + " students |");
    }

    @Test
    void makeTestEndsWithSurefiresTotals() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("TEST-a.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="a" tests="0" errors="0" skipped="0" failures="0">
                  <testcase name="one" classname="a"/>
                  <testcase name="two" classname="a"><failure message="x">trace</failure></testcase>
                  <testcase name="three" classname="a"><skipped/></testcase>
                </testsuite>
                """);
        Files.writeString(dir.resolve("TEST-b.xml"), """
                <testsuite name="b" tests="2"><testcase name="x"><error message="y"/></testcase>
                <testcase name="z"></testcase></testsuite>
                """);
        Process process = new ProcessBuilder("bin/test-summary", dir.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        assertThat(out).isEqualTo("Tests run: 5, Failures: 1, Errors: 1, Skipped: 1\n");
        String makefile = Files.readString(Path.of("Makefile"));
        String testTarget = makefile.substring(makefile.indexOf("\ntest: "), makefile.indexOf("\nrun: "));
        assertThat(testTarget.strip()).endsWith("@bin/test-summary");
    }
}
