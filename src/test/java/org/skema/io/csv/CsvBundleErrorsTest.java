package org.skema.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.io.InputException;
import org.skema.model.Problem;

/** Broken copies of datasets/example-bundle: every error names file, line, column and column name. */
class CsvBundleErrorsTest {
    @TempDir
    Path bundle;

    @BeforeEach
    void copyExample() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("datasets/example-bundle"))) {
            for (Path file : files.toList()) {
                Files.copy(file, bundle.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void exampleLocksAreRead() {
        Problem problem = CsvBundle.readProblem(bundle);
        assertThat(problem.locks()).extracting(l -> l.section().id() + " " + l.kind() + " "
                + (l.room() == null ? "-" : l.room().room().id())).containsExactly("LAW1-L time -", "LAW2-E1 both N-AUD");
        assertThat(problem.locks().get(0).time()).isSameAs(problem.section("LAW1-L").times().get(1));
    }

    @Test
    void negativeCapacityNamesLineColumnAndColumnName() throws IOException {
        edit("rooms.csv", "N-101,North 101,40", "N-101,North 101,-40");
        assertThat(error().getMessage()).isEqualTo(file("rooms.csv") + ":3:3: capacity: must not be negative, got -40");
    }

    @Test
    void unknownTeacherInASection() throws IOException {
        edit("sections.csv", "LAW1-E2,,40,LAW1-L,T3", "LAW1-E2,,40,LAW1-L,T9");
        InputException error = error();
        assertThat(error.getMessage()).isEqualTo(file("sections.csv") + ":4:9: teachers: unknown teacher 'T9'");
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(9);
        assertThat(error.field()).isEqualTo("teachers");
    }

    @Test
    void badInlineTime() throws IOException {
        edit("sections.csv", "Thu 12:45-14:30;", "Thu 12:45-14:3;");
        assertThat(error().getMessage()).isEqualTo(file("sections.csv") + ":6:13: times: '14:3' is not a clock time like 08:15");
    }

    @Test
    void unknownTimeSet() throws IOException {
        edit("sections.csv", "LAW2-L,,80,,T2,yes,video,lecture", "LAW2-L,,80,,T2,yes,video,lectures");
        assertThat(error().getMessage()).isEqualTo(file("sections.csv")
                + ":5:12: time_set: unknown time set 'lectures' (known: exercise, lecture)");
    }

    @Test
    void unknownColumnAndUnknownFile() throws IOException {
        edit("rooms.csv", "id,name,capacity", "id,name,capcity");
        assertThat(error().getMessage()).startsWith(file("rooms.csv") + ":1:3: capcity: unknown column (columns of rooms.csv:");
        Files.writeString(bundle.resolve("teacher.csv"), "id\n");
        assertThat(error().getMessage()).startsWith(file("teacher.csv") + ": unknown bundle file (bundle files: calendar.csv,");
    }

    @Test
    void notesColumnsAreIgnored() throws IOException {
        edit("rooms.csv", "id,name,capacity,building,features", "id,name,capacity,building,features,# note");
        edit("rooms.csv", "North auditorium,200,North,video", "North auditorium,200,North,video,=\"biggest\"");
        assertThat(CsvBundle.readProblem(bundle).room("N-AUD").capacity()).isEqualTo(200);
    }

    @Test
    void lockOnATimeTheSectionDoesNotAllow() throws IOException {
        edit("locks.csv", "LAW1-L,time,\"Tue,Thu\",08:15", "LAW1-L,time,\"Tue,Fri\",08:15");
        assertThat(error().getMessage()).isEqualTo(file("locks.csv")
                + ":2:3: days: Tue,Fri 08:15-10:00 weeks 1-14 is not one of the allowed times of section LAW1-L");
    }

    @Test
    void lockOfARoomWithoutARoom() throws IOException {
        edit("locks.csv", "12:45,14:30,,N-AUD", "12:45,14:30,,");
        assertThat(error().getMessage()).isEqualTo(file("locks.csv") + ":3:7: room: must not be empty");
    }

    @Test
    void missingRequiredFileAndLatin1() throws IOException {
        Files.writeString(bundle.resolve("teachers.csv"), "id,name\nT1,Anna Berg\nT2,Bo Carlsen\nT3,Cl\u00e9o Dahl\n",
                StandardCharsets.ISO_8859_1);
        assertThat(error().getMessage()).isEqualTo(file("teachers.csv") + ":4: is not UTF-8 text (save it as \"CSV UTF-8\")");
        Files.copy(Path.of("datasets/example-bundle/teachers.csv"), bundle.resolve("teachers.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(bundle.resolve("sections.csv"));
        assertThat(error().getMessage()).isEqualTo(file("sections.csv")
                + ": missing; every bundle needs calendar.csv, courses.csv, sections.csv");
    }

    @Test
    void studentWithConflictingGroupsAndSectionOfAnotherCourse() throws IOException {
        edit("students.csv", "S001,BA1-A,LAW2,", "S001,BA1-B,LAW2,");
        assertThat(error().getMessage()).isEqualTo(file("students.csv")
                + ":3:2: group: student S001 is in group 'BA1-A' on line 2, not 'BA1-B'");
        edit("students.csv", "S001,BA1-B,LAW2,", "S001,,LAW2,LAW1-E2");
        assertThat(error().getMessage()).isEqualTo(file("students.csv")
                + ":3:4: sections: section LAW1-E2 belongs to course LAW1, not to LAW2");
    }

    @Test
    void brokenQuotingNamesTheLine() throws IOException {
        edit("courses.csv", "LAW2,Tort law", "LAW2,\"Tort\" law");
        assertThat(error().getMessage()).startsWith(file("courses.csv") + ":3: is not valid CSV: ");
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsAnErrorAtTheExtraCell() throws IOException {
        // An unquoted comma in a name shifts the row: the kind would be read as "Berg" and "internal" lost.
        edit("teachers.csv", "T1,Anna Berg,internal", "T1,Anna, Berg,internal");
        InputException error = error();
        assertThat(error.getMessage()).startsWith(file("teachers.csv") + ":2:4: extra cell 'internal' beyond the"
                + " header's 3 columns");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(4);
    }

    @Test
    void emptyTrailingCellsAsSpreadsheetsPadRowsAreFine() throws IOException {
        edit("teachers.csv", "T1,Anna Berg,internal", "T1,Anna Berg,internal,,");
        assertThat(CsvBundle.readProblem(bundle).teachers()).hasSize(3);
    }

    private void edit(String name, String from, String to) throws IOException {
        Path file = bundle.resolve(name);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private String file(String name) {
        return bundle.resolve(name).toString();
    }

    private InputException error() {
        InputException error = catchThrowableOfType(InputException.class, () -> CsvBundle.readProblem(bundle));
        assertThat(error).as("reading the bundle should fail").isNotNull();
        return error;
    }
}
