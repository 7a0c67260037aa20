package org.skema.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skema.ProblemAssert.assertSameProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.TinyProblem;
import org.skema.io.Formats;
import org.skema.io.OutputException;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Subpart;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;

/** Issue 19, item 8: a bundle Skema writes reads back as the same problem, with no cell a spreadsheet would run. */
class CsvBundleFormulaTest {
    @TempDir
    Path dir;

    @Test
    void formulaLikeNamesAreProtectedAndReadBackExactly() throws IOException {
        Problem problem = formulaNames();
        Path bundle = dir.resolve("bundle");
        assertThat(Formats.writeProblem(problem, bundle, false)).isEmpty();
        try (Stream<Path> files = Files.list(bundle)) {
            for (Path file : files.toList()) {
                for (CSVRecord record : CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
                    for (String cell : record.values()) {
                        assertThat(cell).as(file.getFileName() + ": " + cell).doesNotStartWith("=")
                                .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                                .doesNotStartWith("\t").doesNotStartWith("\r");
                    }
                }
            }
        }
        assertSameProblem(Formats.readProblem(bundle), problem);
    }

    @Test
    void aValueTheBundleCannotHoldIsRefusedBeforeAnythingIsWritten() {
        ProblemBuilder b = new ProblemBuilder("commas", TinyProblem.CALENDAR);
        Room room = b.addRoom("R1", null, 30, null, Set.of(), List.of());
        Teacher teacher = b.addTeacher("Smith, A", null, Teacher.Kind.INTERNAL, List.of(), List.of());
        Subpart subpart = b.addSubpart(b.addConfig(b.addCourse("C", null), "1"), "L", null);
        b.addSection(subpart, "C-L", null, 10, null, List.of(teacher), true, Set.of(),
                List.of(new TimeOption(TinyProblem.at(0, 8, 0, 60), 0)), List.of(new RoomOption(room, 0)));
        Path bundle = dir.resolve("bundle");
        assertThatThrownBy(() -> Formats.writeProblem(b.build(), bundle, false))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("'Smith, A' has a comma").hasMessageContaining("nothing was written");
        assertThat(bundle).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
    }

    /** Ids and names that start like formulas, with tabs and carriage returns, and with genuine apostrophes. */
    static Problem formulaNames() {
        ProblemBuilder b = new ProblemBuilder("=cmd|' /C calc'!A0", TinyProblem.CALENDAR);
        Room room = b.addRoom("-R1", "\tTab room", 30, "@North", Set.of(), List.of());
        Room other = b.addRoom("'=R2", "'plain", 30, "''", Set.of(), List.of());
        Teacher t1 = b.addTeacher("+T1", "\rCarriage", Teacher.Kind.INTERNAL, List.of(), List.of());
        Teacher t2 = b.addTeacher("'", "''=both", Teacher.Kind.EXTERNAL, List.of(), List.of());
        Subpart subpart = b.addSubpart(b.addConfig(b.addCourse("=SUM(1+1)", "-minus"), "@1"), "+L", "=HYPERLINK(\"x\")");
        b.addSection(subpart, "-S1", "@name", 10, null, List.of(t1, t2), true, Set.of(),
                List.of(new TimeOption(TinyProblem.at(0, 8, 0, 60), 0), new TimeOption(TinyProblem.at(1, 8, 0, 60), 2)),
                List.of(new RoomOption(room, 0), new RoomOption(other, 3)));
        b.addStudent("=S1", "+group", List.of(b.course("=SUM(1+1)")), List.of());
        return b.build();
    }
}
