package org.skema.io.itc2007;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skema.ProblemAssert.assertSameProblem;
import static org.skema.io.itc2007.Itc2007Files.TINY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.io.Formats;
import org.skema.io.InputException;
import org.skema.model.Calendar;
import org.skema.model.Course;
import org.skema.model.Curriculum;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

class Itc2007ProblemReaderTest {
    @TempDir
    Path dir;

    private Problem read(String text) {
        return Formats.readProblem(Itc2007Files.write(dir, "tiny.ctt", text));
    }

    @Test
    void mapsCoursesToOneSectionPerLectureWithEveryAvailablePeriodAndRoom() {
        Problem problem = read(TINY);
        assertThat(problem.name()).isEqualTo("tiny");
        assertThat(problem.calendar()).isEqualTo(new Calendar(1, 3, 288));
        assertThat(problem.weights()).isEqualTo(ObjectiveWeights.itc2007());
        assertThat(problem.students()).isEmpty();
        assertThat(problem.courses()).extracting(Course::id).containsExactly("c1", "c2", "c3", "c4");
        assertThat(problem.courses()).extracting(Course::minDays).containsExactly(3, 2, 2, 1);
        assertThat(problem.sections()).extracting(Section::id)
                .containsExactly("c1-L1", "c1-L2", "c1-L3", "c2-L1", "c2-L2", "c3-L1", "c3-L2", "c4-L1");
        assertThat(problem.sections()).extracting(Section::limit).containsExactly(40, 40, 40, 25, 25, 10, 10, 35);
        assertThat(problem.teachers()).extracting(t -> t.id()).containsExactly("t1", "t2", "t3");
        assertThat(problem.section("c3-L2").teachers()).containsExactly(problem.teacher("t1"));

        Section lecture = problem.section("c1-L2");
        assertThat(lecture.needsRoom()).isTrue();
        assertThat(lecture.rooms()).containsExactly(new RoomOption(problem.room("rA"), 0),
                new RoomOption(problem.room("rB"), 0));
        assertThat(problem.rooms()).extracting(r -> r.capacity()).containsExactly(30, 20);
        // nine periods, less day 0 period 0; period k of a day is the hour from 08:00 + k
        assertThat(lecture.times()).hasSize(8).allMatch(option -> option.penalty() == 0);
        assertThat(lecture.times().get(0).pattern()).isEqualTo(new TimePattern(1, 0b001, 9 * 12, 12));
        assertThat(lecture.times().get(7).pattern()).isEqualTo(new TimePattern(1, 0b100, 10 * 12, 12));
        assertThat(problem.section("c2-L1").times()).hasSize(9);
        assertThat(problem.section("c4-L1").times()).extracting(TimeOption::pattern)
                .doesNotContain(CttPeriods.pattern(2, 2)).contains(CttPeriods.pattern(2, 1));

        assertThat(problem.curricula()).extracting(Curriculum::id).containsExactly("q1", "q2");
        assertThat(problem.curricula().get(0).sections()).extracting(Section::id)
                .containsExactly("c1-L1", "c1-L2", "c1-L3", "c2-L1", "c2-L2");
        assertThat(problem.curricula().get(1).sections()).extracting(Section::id)
                .containsExactly("c2-L1", "c2-L2", "c3-L1", "c3-L2", "c4-L1");
    }

    @Test
    void consecutivePeriodsTouchAndDaysDoNotWrap() {
        assertThat(CttPeriods.pattern(1, 0).end()).isEqualTo(CttPeriods.pattern(1, 1).start());
        assertThat(CttPeriods.of(CttPeriods.pattern(4, 15))).isEqualTo(new CttPeriods.Period(4, 15));
        assertThat(CttPeriods.of(new TimePattern(1, 0b11, 96, 12))).isNull();
        assertThat(CttPeriods.of(new TimePattern(1, 0b1, 100, 12))).isNull();
        assertThat(CttPeriods.of(new TimePattern(0b10, 0b1, 96, 12))).isNull();
    }

    @Test
    void crlfLineEndsAndExtraBlanksReadTheSame() {
        Problem unix = read(TINY);
        Problem windows = Formats.readProblem(Itc2007Files.write(dir, "crlf.ctt",
                TINY.replace("\n", "\r\n").replace("COURSES:", "\r\n\t COURSES:")));
        assertThat(windows.sections()).extracting(Section::id).isEqualTo(unix.sections().stream().map(Section::id).toList());
        assertThat(windows.section("c4-L1").times()).isEqualTo(unix.section("c4-L1").times());
    }

    @Test
    void aCourseWithoutLecturesHasNoSectionsAndLeavesItsCurriculaAlone() {
        Problem problem = read(TINY.replace("c3 t1 2 2 10", "c3 t1 0 2 10"));
        assertThat(problem.course("c3").configs().get(0).subparts().get(0).sections()).isEmpty();
        assertThat(problem.curricula().get(1).sections()).extracting(Section::id).containsExactly("c2-L1", "c2-L2", "c4-L1");
    }

    @Test
    void badFilesNameTheLineAndTheEntry() {
        assertError(TINY.replace("Courses: 4", "Cources: 4"), ":2: header: expected \"Courses:\", got \"Cources:\"");
        assertError(TINY.replace("Days: 3", "Days: 8"), ":4: Days: the value must be from 1 to 7, got 8");
        assertError(TINY.replace("Periods_per_day: 3", "Periods_per_day: 17"),
                ":5: Periods_per_day: the value must be from 1 to 16, got 17");
        assertError(TINY.replace("c1\tt1\t3", "c1\tt1\tx"),
                ":10: course c1: the number of lectures must be a whole number, got \"x\"");
        assertError(TINY.replace("rB\t20", "rB\t-5"), ":17: room rB: the capacity must be from 0 to 1000000, got -5");
        assertError(TINY.replace("c4 t3 1 1 35", "c3 t3 1 1 35"), ":13: course c3: duplicate course id 'c3'");
        assertError(TINY.replace("q1 2 c1 c2", "q1 2 c1 c9"), ":20: curriculum q1: unknown course 'c9'");
        assertError(TINY.replace("q1 2 c1 c2", "q1 2 c1 c1"), ":20: curriculum q1: course c1 is listed twice");
        assertError(TINY.replace("c4 2 2", "c5 2 2"), ":25: unavailability of c5: unknown course 'c5'");
        assertError(TINY.replace("c4 2 2", "c4 3 2"), ":25: unavailability of c4: the day must be from 0 to 2, got 3");
        assertError(TINY.replace("c4 2 2", "c4 2 -1"),
                ":25: unavailability of c4: the period must be from 0 to 2, got -1");
        assertError(TINY.replace("END.", "END.\nextra"), ":28: unexpected \"extra\" after END.");
    }

    @Test
    void countsThatDoNotMatchTheSectionsAreErrors() {
        assertError(TINY.replace("Courses: 4", "Courses: 5"),
                ":15: COURSES: the header announces 5 course line(s) but ROOMS: follows after 4");
        assertError(TINY.replace("Rooms: 2", "Rooms: 1"),
                ":17: ROOMS: expected \"CURRICULA:\" after 1 room line(s), as the header announces, got \"rB\"");
        assertError(TINY.replace("q2 3 c2", "q2 4 c2"), ":23: curriculum q2: lists fewer than its 4 courses");
        assertError(TINY.replace("Constraints: 2", "Constraints: 1"), ":25: UNAVAILABILITY_CONSTRAINTS: expected"
                + " \"END.\" after 1 unavailability line(s), as the header announces, got \"c4\"");
    }

    @Test
    void aFileThatEndsTooSoonSaysWhatIsMissing() {
        assertError(TINY.substring(0, TINY.indexOf("rB")),
                ":17: ROOMS: the file ends where room line 2 of 2 should follow");
        assertError(TINY.substring(0, TINY.indexOf("END.")),
                ":27: UNAVAILABILITY_CONSTRAINTS: the file ends where \"END.\" should follow");
        assertError("", ":1: header: the file ends where \"Name:\" should follow");
    }

    @Test
    void aCourseUnavailableInEveryPeriodCannotBePlaced() {
        String text = """
                Name: x
                Courses: 1
                Rooms: 1
                Days: 1
                Periods_per_day: 2
                Curricula: 0
                Constraints: 2
                COURSES:
                c1 t1 1 1 5
                ROOMS:
                r1 10
                CURRICULA:
                UNAVAILABILITY_CONSTRAINTS:
                c1 0 0
                c1 0 1
                END.
                """;
        assertError(text, ":9: course c1: is unavailable in every period, so its 1 lecture(s) cannot be placed");
    }

    @Test
    void aMissingFileIsAnInputError() {
        Path missing = dir.resolve("missing.ctt");
        assertThatThrownBy(() -> Formats.readProblem(missing)).isInstanceOf(InputException.class)
                .hasMessage(missing + ": cannot read: no such file or folder");
    }

    private void assertError(String text, String expected) {
        Path file = Itc2007Files.write(dir, "bad.ctt", text);
        assertThatThrownBy(() -> Itc2007ProblemReader.read(file)).isInstanceOf(InputException.class)
                .hasMessage(file + expected);
    }

    @Test
    void survivesTheNativeJsonFormat() throws IOException {
        Problem problem = read(TINY);
        Path json = dir.resolve("tiny.json");
        Formats.writeProblem(problem, json, false);
        assertSameProblem(Formats.readProblem(json), problem);
        assertThat(Files.readString(json)).contains("\"minDays\": 3", "\"curricula\"", "\"curriculumCompactness\": 2");
    }

    @Test
    void everyLectureIsInTheCurriculaOfItsCourse() {
        Problem problem = read(TINY);
        List<Section> c2 = List.of(problem.section("c2-L1"), problem.section("c2-L2"));
        assertThat(problem.curricula()).allSatisfy(q -> assertThat(q.sections()).containsAll(c2));
    }
}
