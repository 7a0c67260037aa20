package org.skema.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.SolvedFaculty;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.model.Assignment;
import org.skema.model.Room;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Student;
import org.skema.model.TimeOption;

/**
 * Opens the HTML report of a solved small faculty in headless Chromium (.ci/install-chromium puts
 * it in /usr/bin/chromium) and checks the DOM after the report's script ran. Skips, visibly, where
 * no Chromium is installed. The screenshot goes to target/report-small-faculty.png.
 */
class HtmlReportChromiumTest {
    @TempDir
    Path dir;

    @Test
    void reportRendersGridsFiguresAndSelectorInChromium() throws Exception {
        Path chromium = chromium();
        Solution solution = SolvedFaculty.get();
        Evaluation evaluation = new Evaluator().evaluate(solution);
        Schedule schedule = new Schedule(solution);
        Path report = dir.resolve("report.html");
        new HtmlReport(schedule, evaluation).write(report, false);

        // A room that holds a section, and that section: the grid opened at that room must show it.
        Section section = schedule.timed().stream().filter(s -> schedule.room(s) != null).findFirst().orElseThrow();
        Room room = schedule.room(section);
        String url = report.toUri() + "#room:" + room.id();
        String dom = run(chromium, List.of("--dump-dom", url));

        long placed = solution.problem().sections().size() - evaluation.unplacedSections();
        assertThat(dom).contains("<div class=\"value\" id=\"placed\">" + placed + " / "
                + solution.problem().sections().size() + "</div>");
        assertThat(dom).contains("<div class=\"value\" id=\"hard\">" + evaluation.hard() + "</div>");
        assertThat(dom).contains("id=\"grid\" class=\"grid\" data-view=\"room:" + room.id() + "\"");
        assertThat(dom).contains("class=\"meeting\" data-section=\"" + section.id() + "\"");
        long meetingsShown = count(dom, "class=\"meeting\" data-section=");
        long meetingsExpected = schedule.byRoom().get(room).stream().mapToLong(s -> schedule.time(s).dayCount()).sum();
        assertThat(meetingsShown).isEqualTo(meetingsExpected);
        List<String> options = options(dom);
        assertThat(options).hasSize(solution.problem().rooms().size() + solution.problem().teachers().size()
                + schedule.byGroup().size() + solution.problem().students().size());
        assertThat(options).contains("room:" + room.id(), "teacher:" + solution.problem().teachers().get(0).id());
        assertThat(dom).contains("<optgroup label=\"Rooms\">", "<optgroup label=\"Teachers\">",
                "<optgroup label=\"Student groups\">", "<optgroup label=\"Students\">");

        Path screenshot = Path.of("target", "report-small-faculty.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        run(chromium, List.of("--hide-scrollbars", "--window-size=1400,1000", "--screenshot=" + screenshot, url));
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void aStudentsWeekShowsTheirClashMarkedAndTheHeaderSaysHowItCounts() throws Exception {
        Path chromium = chromium();
        Solution solved = SolvedFaculty.get();
        // Move one of a student's sections onto another of theirs: a student conflict, to be marked in their week.
        Student student = null;
        Section kept = null;
        Assignment moved = null;
        search:
        for (Student candidate : solved.problem().students()) {
            List<Section> sections = solved.enrolment(candidate).stream().filter(s -> solved.assignment(s).hasTime())
                    .toList();
            for (Section a : sections) {
                for (Section b : sections) {
                    for (TimeOption option : b.times()) {
                        if (a != b && option.pattern().overlaps(solved.assignment(a).time().pattern())) {
                            student = candidate;
                            kept = a;
                            moved = new Assignment(b, option, solved.assignment(b).room());
                            break search;
                        }
                    }
                }
            }
        }
        assertThat(moved).as("a student with two sections that can overlap").isNotNull();
        List<Assignment> assignments = new ArrayList<>(solved.assignments());
        assignments.set(moved.section().index(), moved);
        Solution clashing = new Solution(solved.problem(), assignments, solved.enrolments());
        Evaluation evaluation = new Evaluator().evaluate(clashing);
        Schedule schedule = new Schedule(clashing);
        Path report = dir.resolve("report.html");
        new HtmlReport(schedule, evaluation).write(report, false);

        String dom = run(chromium, List.of("--dump-dom", report.toUri() + "#student:" + student.id()));
        assertThat(dom).contains("id=\"grid\" class=\"grid\" data-view=\"student:" + student.id() + "\"");
        long meetings = schedule.of(student).stream().filter(s -> schedule.time(s) != null)
                .mapToLong(s -> schedule.time(s).dayCount()).sum();
        assertThat(count(dom, "data-section=")).isEqualTo(meetings);
        assertThat(dom).contains("class=\"meeting clash\" data-section=\"" + kept.id() + "\"",
                "class=\"meeting clash\" data-section=\"" + moved.section().id() + "\"");
        assertThat(dom).contains("id=\"counting\"").contains(evaluation.unitsPerRule().get(Rule.STUDENT_CONFLICT)
                + " student conflicts come from " + evaluation.violations(Rule.STUDENT_CONFLICT).size()
                + " pairs of sections");

        Path screenshot = Path.of("target", "report-student-clash.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        run(chromium, List.of("--hide-scrollbars", "--window-size=1400,1000", "--screenshot=" + screenshot,
                report.toUri() + "#student:" + student.id()));
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    private static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        System.out.println("SKIPPED HtmlReportChromiumTest: no Chromium found (run .ci/install-chromium as root)");
        Assumptions.abort("no Chromium found; run .ci/install-chromium to install it");
        return null;
    }

    private String run(Path chromium, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        command.addAll(arguments);
        Path output = Files.createTempFile(dir, "chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 90 s: " + command);
        }
        assertThat(process.exitValue()).as("Chromium's exit code").isZero();
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private static long count(String text, String needle) {
        return Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
    }

    private static List<String> options(String dom) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = Pattern.compile("<option value=\"\\d+\" data-key=\"([^\"]*)\"").matcher(dom);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
