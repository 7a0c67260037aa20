package org.skema.io.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook being written, streamed (POI's SXSSF keeps only a window of rows in memory, so a sheet
 * of a student per row of 4,500 students costs little), with the cell styles every sheet shares:
 * a bold header, dates as 2026-09-07 and times as 08:15. Formulas are never written: every cell is
 * a number, a date, a time or a string, and a string cell is shown as text whatever it starts with.
 */
public final class XlsxBook implements AutoCloseable {
    // Shared strings rather than SXSSF's default inline strings: other programs (POI's own XSSF
    // among them) edit inline-string cells unreliably.
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
    final CellStyle header;
    final CellStyle date;
    final CellStyle time;

    public XlsxBook() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        time = workbook.createCellStyle();
        // [hh] so that a class ending at midnight shows 24:00, not 00:00.
        time.setDataFormat(workbook.createDataFormat().getFormat("[hh]:mm"));
    }

    /** A new sheet with a bold, frozen header row; call {@link SheetWriter#finish} after its last row. */
    public SheetWriter sheet(String name, List<String> columns) {
        return new SheetWriter(this, workbook.createSheet(name), columns);
    }

    Workbook workbook() {
        return workbook;
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Removes the temporary files the streamed sheets used. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // Only temporary files are left behind; the workbook was written or the write failed already.
        }
    }
}
