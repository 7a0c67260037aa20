package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export and explain from the command line, on the bundled example and its solution. */
class PlannerCommandsTest {
    private static final String PROBLEM = "datasets/example-bundle";
    private static final String SOLUTION = "datasets/example-solution.json";

    @TempDir
    Path dir;

    @Test
    void exportWritesEverythingAndKeepsExistingFilesWithoutForce() {
        Path to = dir.resolve("published");
        Result first = run("export", PROBLEM, SOLUTION, "--to", to.toString(), "--semester-start", "2026-08-31");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Wrote 5 CSV files", "Wrote 14 calendars", "week 1 starts 2026-08-31",
                "report.html");
        assertThat(to.resolve("meetings.csv")).exists();
        assertThat(to.resolve("calendars/students/S001.ics")).exists();
        assertThat(to.resolve("report.html")).exists();

        Result again = run("export", PROBLEM, SOLUTION, "--to", to.toString(), "--csv");
        assertThat(again.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.err()).isEqualTo("skema: " + to.resolve("meetings.csv")
                + " already exists; pass --force to overwrite it\n");
        assertThat(run("export", PROBLEM, SOLUTION, "--to", to.toString(), "--force").code()).isZero();
    }

    @Test
    void exportRejectsASemesterThatDoesNotStartOnMonday() {
        Result result = run("export", PROBLEM, SOLUTION, "--to", dir.toString(), "--ics", "--semester-start", "2026-09-01");
        assertThat(result.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("--semester-start: the semester must start on a Monday, not on TUESDAY 2026-09-01");
    }

    @Test
    void explainASectionATeacherAndAStudent() {
        Result section = run("explain", PROBLEM, SOLUTION, "--section", "LAW1-E1");
        assertThat(section.code()).as(section.err()).isZero();
        assertThat(section.out()).contains("Section LAW1-E1: Contract law - Exercise class",
                "Every allowed placement, best first (10 scored in");
        Result teacher = run("explain", PROBLEM, SOLUTION, "--teacher", "T3");
        assertThat(teacher.out()).contains("Teacher T3 (Cleo Dahl): 3 section(s)");
        Result student = run("explain", PROBLEM, SOLUTION, "--student", "S005", "--json");
        assertThat(student.out()).contains("\"student\": \"S005\"");
        Result unknown = run("explain", PROBLEM, SOLUTION, "--section", "NOPE");
        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).isEqualTo("skema: datasets/example-bundle: no section with id 'NOPE'\n");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SkemaCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
