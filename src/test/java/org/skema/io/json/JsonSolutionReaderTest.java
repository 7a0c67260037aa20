package org.skema.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.skema.io.json.JsonTestFiles.PROBLEM;
import static org.skema.io.json.JsonTestFiles.edit;
import static org.skema.io.json.JsonTestFiles.lineOf;
import static org.skema.io.json.JsonTestFiles.write;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skema.io.InputException;
import org.skema.io.SolutionFile;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Section;

class JsonSolutionReaderTest {
    private static final String SOLUTION = """
            {
              "format": "skema-solution",
              "version": 1,
              "problem": "mini",
              "sections": [
                {"id": "C1-L", "days": "Tue", "start": "08:15", "weeks": "1-2", "room": "R1"},
                {"id": "C1-E1", "days": "Wed", "start": "10:15", "end": "12:00", "weeks": "1-2"},
                {"id": "C2-L", "unplaced": true}
              ],
              "students": [
                {"id": "S2", "sections": ["C1-L", "C1-E1", "C2-L"]}
              ],
              "info": {"score": "0hard/-1medium/0soft", "nested": {"list": [1, 2.5, null]}}
            }
            """;

    @TempDir
    Path dir;
    private Problem problem;

    @BeforeEach
    void readProblem() {
        problem = JsonFormat.readProblem(write(dir.resolve("mini.json"), PROBLEM));
    }

    @Test
    void readsTimesRoomsUnplacedAndEnrolments() {
        SolutionFile file = JsonFormat.readSolution(write(dir.resolve("s.json"), SOLUTION), problem);
        var lecture = file.assignments().get(problem.section("C1-L").index());
        assertThat(lecture.time()).isSameAs(problem.section("C1-L").times().get(1));
        assertThat(lecture.roomOrNull()).isSameAs(problem.room("R1"));
        var exercise = file.assignments().get(problem.section("C1-E1").index());
        assertThat(exercise.hasTime()).isTrue();
        assertThat(exercise.room()).as("a time without a room is allowed").isNull();
        assertThat(file.assignments().get(problem.section("C2-L").index()).hasTime()).isFalse();
        // S1 is not listed, so they keep their fixed section; S2 is listed.
        assertThat(ids(file.enrolments().get(0))).containsExactly("C1-E1");
        assertThat(ids(file.enrolments().get(1))).containsExactly("C1-L", "C1-E1", "C2-L");
        assertThat(file.info()).containsEntry("score", "0hard/-1medium/0soft");
    }

    @Test
    void sectionsLeftOutAreUnplacedAndMissingStudentsAreLeftToTheCaller() {
        String text = edit(edit(SOLUTION, "    {\"id\": \"C2-L\", \"unplaced\": true}\n", ""),
                "\"students\": [\n    {\"id\": \"S2\", \"sections\": [\"C1-L\", \"C1-E1\", \"C2-L\"]}\n  ],\n", "");
        text = edit(text, "\"weeks\": \"1-2\"},", "\"weeks\": \"1-2\"}");
        SolutionFile file = JsonFormat.readSolution(write(dir.resolve("s.json"), text), problem);
        assertThat(file.assignments().get(problem.section("C2-L").index()).hasTime()).isFalse();
        assertThat(file.hasEnrolments()).isFalse();
        assertThat(file.enrolments()).isNull();
        var solution = file.toSolution(p -> Enrolments.of(List.of(List.of(), List.of(p.section("C2-L")))));
        assertThat(ids(solution.enrolments().get(1))).containsExactly("C2-L");
    }

    static Stream<Arguments> badEdits() {
        return Stream.of(
                bad("unknown section", "{\"id\": \"C2-L\", \"unplaced\": true}", "{\"id\": \"C9\", \"unplaced\": true}",
                        "C9", "sections[2] (id \"C9\").id", "unknown section 'C9'"),
                bad("section twice", "{\"id\": \"C2-L\", \"unplaced\": true}", "{\"id\": \"C1-L\", \"unplaced\": true}",
                        "\"unplaced\"", "sections[2] (id \"C1-L\").id", "section C1-L is listed twice (first at line 6)"),
                bad("time not allowed", "\"days\": \"Tue\", \"start\": \"08:15\"", "\"days\": \"Fri\", \"start\": \"08:15\"",
                        "Fri", "sections[0] (id \"C1-L\")", "Fri 08:15 weeks 1-2 is not an allowed time of section C1-L"
                                + " (allowed: Mon 08:15-10:00 weeks 1-2, Tue 08:15-10:00 weeks 1-2)"),
                bad("wrong end", "\"end\": \"12:00\"", "\"end\": \"12:30\"", "12:30",
                        "sections[1] (id \"C1-E1\")", "Wed 10:15-12:30 weeks 1-2 is not an allowed time of section C1-E1"),
                bad("unknown room", "\"room\": \"R1\"", "\"room\": \"R7\"", "R7",
                        "sections[0] (id \"C1-L\").room", "unknown room 'R7'"),
                bad("room not allowed", "\"weeks\": \"1-2\"}", "\"weeks\": \"1-2\", \"room\": \"R1\"}", "\"end\"",
                        "sections[1] (id \"C1-E1\").room", "room R1 is not an allowed room of section C1-E1 (allowed: R2)"),
                bad("room without needing one", "{\"id\": \"C2-L\", \"unplaced\": true}",
                        "{\"id\": \"C2-L\", \"days\": \"Mon\", \"start\": \"08:15\", \"room\": \"R1\"}", "{\"id\": \"C2-L\"",
                        "sections[2] (id \"C2-L\").room", "section C2-L needs no room"),
                bad("unplaced with a time", "{\"id\": \"C2-L\", \"unplaced\": true}",
                        "{\"id\": \"C2-L\", \"unplaced\": true, \"days\": \"Mon\"}", "{\"id\": \"C2-L\"",
                        "sections[2] (id \"C2-L\")", "an unplaced section has no time"),
                bad("no time and not unplaced", "{\"id\": \"C2-L\", \"unplaced\": true}", "{\"id\": \"C2-L\"}", "{\"id\": \"C2-L\"",
                        "sections[2] (id \"C2-L\")", "missing field \"days\" (or set \"unplaced\": true)"),
                bad("bad clock", "\"start\": \"08:15\", \"weeks\"", "\"start\": \"8:15pm\", \"weeks\"", "8:15pm",
                        "sections[0] (id \"C1-L\").start", "is not a clock time"),
                bad("unknown student", "{\"id\": \"S2\"", "{\"id\": \"S9\"", "S9",
                        "students[0] (id \"S9\").id", "unknown student 'S9'"),
                bad("student twice", "{\"id\": \"S2\", \"sections\": [\"C1-L\", \"C1-E1\", \"C2-L\"]}",
                        "{\"id\": \"S2\", \"sections\": [\"C1-L\"]}, {\"id\": \"S2\", \"sections\": []}", "\"S2\", \"sections\": [\"C1-L\"]",
                        "students[1] (id \"S2\").id", "student S2 is listed twice"),
                bad("enrolled in an unknown section", "[\"C1-L\", \"C1-E1\", \"C2-L\"]", "[\"C1-L\", \"X\"]", "\"X\"",
                        "students[0] (id \"S2\").sections[1]", "unknown section 'X'"),
                bad("other problem", "\"problem\": \"mini\"", "\"problem\": \"maxi\"", "maxi",
                        "problem", "this solution is for problem \"maxi\", not for \"mini\""),
                bad("problem file given as solution", "\"skema-solution\"", "\"skema-problem\"", "skema-problem",
                        "format", "expected \"skema-solution\", got the string \"skema-problem\" (this is a skema-problem file)"),
                bad("wrong type", "\"unplaced\": true", "\"unplaced\": \"yes\"", "\"yes\"",
                        "sections[2] (id \"C2-L\").unplaced", "expected true or false, got the string \"yes\""));
    }

    private static Arguments bad(String name, String from, String to, String marker, String field, String message) {
        return Arguments.of(name, from, to, marker, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEdits")
    void badSolutionNamesFileLineAndField(String name, String from, String to, String marker, String field,
            String message) {
        String text = edit(SOLUTION, from, to);
        Path file = write(dir.resolve("bad-solution.json"), text);
        InputException error = catchThrowableOfType(InputException.class, () -> JsonFormat.readSolution(file, problem));
        assertThat(error).as("reading should fail").isNotNull();
        assertThat(error.getMessage())
                .startsWith(file + ":" + lineOf(text, marker) + ": ")
                .contains(field + ": ")
                .contains(message);
    }

    private static List<String> ids(List<Section> sections) {
        return sections.stream().map(Section::id).toList();
    }
}
