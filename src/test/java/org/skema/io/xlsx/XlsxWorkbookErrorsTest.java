package org.skema.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.skema.ProblemAssert.assertSameProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.io.Formats;
import org.skema.io.InputException;

/** Broken copies of datasets/example.xlsx: every error names the file, the sheet, the row and the column. */
class XlsxWorkbookErrorsTest {
    @TempDir
    Path dir;

    @Test
    void negativeCapacityNamesSheetRowAndColumn() throws IOException {
        Path file = edit(book -> book.getSheet("rooms").getRow(2).getCell(2).setCellValue(-40));
        assertThat(error(file).getMessage())
                .isEqualTo(file + ": sheet rooms, row 3, column C: capacity: must not be negative, got -40");
    }

    @Test
    void textInANumberColumn() throws IOException {
        Path file = edit(book -> book.getSheet("sections").getRow(1).getCell(6).setCellValue("forty"));
        InputException error = error(file);
        assertThat(error.getMessage()).isEqualTo(file + ": sheet sections, row 2, column G: limit: 'forty' is not a "
                + "whole number");
        assertThat(error.sheet()).isEqualTo("sections");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(7);
    }

    @Test
    void unknownTeacherNamesTheSheetOfTeachers() throws IOException {
        Path file = edit(book -> book.getSheet("teacher-times").getRow(1).getCell(0).setCellValue("T9"));
        assertThat(error(file).getMessage()).isEqualTo(file + ": sheet teacher-times, row 2, column A: teacher: "
                + "unknown teacher 'T9' (not in sheet teachers)");
    }

    @Test
    void aMisspeltColumnIsNamedAtItsHeaderCell() throws IOException {
        Path file = edit(book -> book.getSheet("rooms").getRow(0).getCell(2).setCellValue("capcity"));
        assertThat(error(file).getMessage()).startsWith(file + ": sheet rooms, row 1, column C: capcity: unknown column "
                + "(columns of sheet rooms:");
    }

    @Test
    void anErrorValueIsNamed() throws IOException {
        Path file = edit(book -> book.getSheet("rooms").getRow(1).getCell(2).setCellErrorValue(FormulaError.NA.getCode()));
        assertThat(error(file).getMessage()).isEqualTo(file + ": sheet rooms, row 2, column C: holds the error value #N/A");
    }

    @Test
    void unknownSheetIsAnErrorButANoteSheetIsNot() throws IOException {
        Path notes = edit(book -> book.createSheet("# notes").createRow(0).createCell(0).setCellValue("anything"));
        assertThat(Formats.readProblem(notes).sections()).hasSize(7);
        Path file = edit(book -> book.createSheet("teacher"));
        assertThat(error(file).getMessage()).startsWith(file + ": sheet teacher: unknown sheet (sheets of a problem: "
                + "calendar, weights,");
    }

    @Test
    void aMissingSheetIsNamed() throws IOException {
        Path file = edit(book -> book.removeSheetAt(book.getSheetIndex("sections")));
        assertThat(error(file).getMessage()).isEqualTo(file + ": sheet sections: missing; every bundle needs "
                + "sheet calendar, sheet courses, sheet sections");
    }

    @Test
    void numbersAndTimesTypedAsTextAreReadToo() throws IOException {
        Path file = edit(book -> {
            book.getSheet("rooms").getRow(1).getCell(2).setCellValue("200");
            book.getSheet("room-unavailable").getRow(1).getCell(2).setCellValue("12:00");
            book.getSheet("calendar").getRow(1).getCell(1).setCellValue("14");
        });
        assertSameProblem(Formats.readProblem(file), Formats.readProblem(Path.of("datasets/example.json")));
    }

    @Test
    void weeksThatASpreadsheetTurnedIntoADateAreNamed() throws IOException {
        Path file = edit(book -> {
            Cell weeks = book.getSheet("time-sets").getRow(1).getCell(4, org.apache.poi.ss.usermodel.Row
                    .MissingCellPolicy.CREATE_NULL_AS_BLANK);
            var style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat("d-mmm"));
            weeks.setCellValue(LocalDate.of(2026, 1, 14));
            weeks.setCellStyle(style);
        });
        assertThat(error(file).getMessage()).startsWith(file + ": sheet time-sets, row 2, column E: ")
                .contains("holds the date 2026-01-14");
    }

    @Test
    void aFileThatIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("fake.xlsx");
        Files.writeString(file, "id,name\n");
        assertThat(error(file).getMessage()).startsWith(file + ": is not an Excel workbook (.xlsx)");
        assertThat(error(dir.resolve("none.xlsx")).getMessage()).isEqualTo(dir.resolve("none.xlsx") + ": no such file");
    }

    private Path edit(Consumer<XSSFWorkbook> change) throws IOException {
        Path file = dir.resolve("edited-" + System.nanoTime() + ".xlsx");
        try (InputStream in = Files.newInputStream(Path.of("datasets/example.xlsx"));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            change.accept(book);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        return file;
    }

    private static InputException error(Path file) {
        return catchThrowableOfType(InputException.class, () -> Formats.readProblem(file));
    }
}
