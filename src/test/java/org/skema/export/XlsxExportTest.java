package org.skema.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.SolvedFaculty;
import org.skema.io.StagedFolder;
import org.skema.model.Solution;

/** Issue 18, item 2: the exported workbook opens in POI with typed cells and real calendar dates. */
class XlsxExportTest {
    private static final Semester SEMESTER = new Semester(LocalDate.of(2026, 9, 7));

    @TempDir
    Path dir;

    @Test
    void sheetsHaveAFrozenFilterableHeaderAndTypedCells() throws IOException {
        try (Workbook book = export(HostileNames.solution())) {
            assertThat(names(book)).containsExactly("meetings", "teacher-meetings", "room-meetings", "group-meetings",
                    "student-meetings");
            for (Sheet sheet : book) {
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).as(sheet.getSheetName())
                        .startsWith("A1:");
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isIn(CellType.STRING, CellType.NUMERIC);
                    }
                }
            }
            Sheet meetings = book.getSheet("meetings");
            List<String> header = header(meetings);
            assertThat(header).containsExactly("section", "course", "course_name", "type", "section_name", "day",
                    "start", "end", "weeks", "first_date", "last_date", "room", "building", "teachers", "students");
            Row monday = meetings.getRow(1);
            // Formula-like names are plain string cells, shown as they are, never run.
            assertThat(cell(monday, header, "course_name").getStringCellValue()).isEqualTo(HostileNames.FORMULA);
            assertThat(cell(monday, header, "day").getStringCellValue()).isEqualTo("Mon");
            assertThat(cell(monday, header, "weeks").getStringCellValue()).isEqualTo("weeks 1-2,4");
            assertDate(cell(monday, header, "first_date"), LocalDate.of(2026, 9, 7));
            assertDate(cell(monday, header, "last_date"), LocalDate.of(2026, 9, 28));
            Cell start = cell(monday, header, "start");
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(Math.round(start.getNumericCellValue() * 1440)).isEqualTo(10 * 60 + 15);
            assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("[hh]:mm");
            Cell students = cell(monday, header, "students");
            assertThat(students.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(students)).isFalse();
            Sheet groups = book.getSheet("group-meetings");
            assertThat(cell(groups.getRow(1), header(groups), "group_students").getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void everyStudentOfAGeneratedFacultyHasTheirRows() throws IOException {
        Solution solution = SolvedFaculty.get();
        try (Workbook book = export(solution)) {
            Sheet students = book.getSheet("student-meetings");
            List<String> header = header(students);
            long expected = solution.problem().students().stream()
                    .mapToLong(s -> new Schedule(solution).of(s).stream()
                            .mapToLong(section -> Integer.bitCount(solution.assignment(section).time().pattern().days()))
                            .sum())
                    .sum();
            assertThat(students.getLastRowNum()).isEqualTo((int) expected);
            Row row = students.getRow(students.getLastRowNum());
            Cell first = cell(row, header, "first_date");
            Cell last = cell(row, header, "last_date");
            assertThat(DateUtil.isCellDateFormatted(first)).isTrue();
            assertThat(first.getLocalDateTimeCellValue()).isBeforeOrEqualTo(last.getLocalDateTimeCellValue());
            assertThat(first.getLocalDateTimeCellValue().toLocalDate()).isAfterOrEqualTo(SEMESTER.start());
        }
    }

    private Workbook export(Solution solution) throws IOException {
        Path folder = dir.resolve("out-" + System.nanoTime());
        try (StagedFolder out = StagedFolder.open(folder, false)) {
            new XlsxExport(new Schedule(solution), SEMESTER).write(out);
            out.commit();
        }
        return WorkbookFactory.create(folder.resolve(XlsxExport.FILE).toFile(), null, true);
    }

    private static void assertDate(Cell cell, LocalDate date) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).as("date formatted").isTrue();
        assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(date, java.time.LocalTime.MIDNIGHT));
    }

    private static List<String> names(Workbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    private static Cell cell(Row row, List<String> header, String column) {
        return row.getCell(header.indexOf(column));
    }
}
