package org.skema.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skema.ProblemAssert.assertSameProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.TinyProblem;
import org.skema.io.Formats;
import org.skema.io.OutputException;
import org.skema.io.bundle.BundleTable;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Subpart;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.model.SectionLock;

/** Issue 18, item 2: a problem written as a workbook reads back as the same problem. */
class XlsxWorkbookRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void facultySurvivesTheTripThroughAWorkbook() {
        Problem faculty = Formats.readProblem(Path.of("datasets/faculty.json"));
        Path file = dir.resolve("faculty.xlsx");
        assertThat(Formats.writeProblem(faculty, file, false)).as("losses").isEmpty();
        assertSameProblem(Formats.readProblem(file), faculty);
    }

    @Test
    void everyFeatureAndLocksSurvive() {
        Problem problem = TinyProblem.everyFeature();
        var lecture = problem.section("C0-L");
        Problem locked = problem.withLocks(List.of(new SectionLock(lecture, lecture.times().get(1),
                lecture.rooms().get(0))));
        Path file = dir.resolve("tiny.xlsx");
        assertThat(Formats.writeProblem(locked, file, false)).isEmpty();
        Problem read = Formats.readProblem(file);
        assertSameProblem(read, problem);
        assertThat(read.locks()).extracting(l -> l.section().id() + " " + l.kind()).containsExactly("C0-L both");
    }

    @Test
    void exampleWorkbookIsTheExampleJson() {
        assertSameProblem(Formats.readProblem(Path.of("datasets/example.xlsx")),
                Formats.readProblem(Path.of("datasets/example.json")));
    }

    @Test
    void formulaLikeTextIsAStringCellAndReadsBackExactly() throws IOException {
        Problem problem = formulaNames();
        Path file = dir.resolve("formulas.xlsx");
        assertThat(Formats.writeProblem(problem, file, false)).isEmpty();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType())
                        .as(sheet.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA)));
            }
        }
        assertSameProblem(Formats.readProblem(file), problem);
    }

    /** Ids and names that start like formulas or with apostrophes, which string cells keep as they are. */
    private static Problem formulaNames() {
        ProblemBuilder b = new ProblemBuilder("=cmd|' /C calc'!A0", TinyProblem.CALENDAR);
        Room room = b.addRoom("-R1", "'=Tab room", 30, "@North", Set.of(), List.of());
        Teacher teacher = b.addTeacher("+T1", "''=both", Teacher.Kind.INTERNAL, List.of(), List.of());
        Subpart subpart = b.addSubpart(b.addConfig(b.addCourse("=SUM(1+1)", "-minus"), "@1"), "+L", "=HYPERLINK(\"x\")");
        b.addSection(subpart, "-S1", "@name", 10, null, List.of(teacher), true, Set.of(),
                List.of(new TimeOption(TinyProblem.at(0, 8, 0, 60), 0)), List.of(new RoomOption(room, 0)));
        b.addStudent("=S1", "+group", List.of(b.course("=SUM(1+1)")), List.of());
        return b.build();
    }

    @Test
    void numbersAreNumericCellsAndClockTimesAreTimes() throws IOException {
        Path file = dir.resolve("tiny.xlsx");
        Formats.writeProblem(TinyProblem.everyFeature(), file, false);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(BundleTable.values().length);
            Sheet rooms = workbook.getSheet("rooms");
            assertThat(rooms.getRow(0).getCell(2).getStringCellValue()).isEqualTo("capacity");
            assertThat(rooms.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rooms.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(rooms.getPaneInformation().isFreezePane()).isTrue();
            Sheet times = workbook.getSheet("time-sets");
            var start = times.getRow(1).getCell(2);
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getNumericCellValue() * 1440).isBetween(0.0, 1440.0);
        }
    }

    @Test
    void anExistingWorkbookIsKeptWithoutForce() {
        Path file = dir.resolve("tiny.xlsx");
        Formats.writeProblem(TinyProblem.everyFeature(), file, false);
        assertThatThrownBy(() -> Formats.writeProblem(TinyProblem.everyFeature(), file, false))
                .isInstanceOf(OutputException.class).hasMessageContaining("already exists");
    }
}
