package org.skema.io.xlsx;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.skema.io.OutputException;

/**
 * Writes one sheet row by row with typed cells: a {@link Number} as a numeric cell, a {@link LocalDate}
 * as a date, a {@link TimeOfDay} as a time, anything else as a string cell (never a formula). The
 * header row is frozen and carries an autofilter over all rows, so the sheet can be sorted and
 * filtered at once.
 */
public final class SheetWriter {
    /** Excel's limit; a longer text would be cut or refused by Excel. */
    private static final int MAX_TEXT = 32_767;
    private static final int MAX_WIDTH = 60;

    private final XlsxBook book;
    private final Sheet sheet;
    private final int[] widths;
    private int next;

    SheetWriter(XlsxBook book, Sheet sheet, List<String> columns) {
        this.book = book;
        this.sheet = sheet;
        this.widths = new int[columns.size()];
        Row header = sheet.createRow(next++);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(book.header);
            widths[c] = columns.get(c).length() + 3;
        }
        sheet.createFreezePane(0, 1);
    }

    /** Appends a row; null or "" leaves a cell empty. */
    public void row(List<?> cells) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null || "".equals(value)) {
                continue;
            }
            Cell cell = row.createCell(c);
            String shown;
            switch (value) {
                case Number number -> {
                    cell.setCellValue(number.doubleValue());
                    shown = number.toString();
                }
                case LocalDate date -> {
                    cell.setCellValue(date);
                    cell.setCellStyle(book.date);
                    shown = "2026-09-07";
                }
                case TimeOfDay time -> {
                    cell.setCellValue(time.excelValue());
                    cell.setCellStyle(book.time);
                    shown = "00:00";
                }
                default -> {
                    String text = value.toString();
                    if (text.length() > MAX_TEXT) {
                        throw new OutputException("sheet " + sheet.getSheetName() + ", row " + next + ": a cell of "
                                + text.length() + " characters is longer than a workbook cell holds (" + MAX_TEXT + ")");
                    }
                    cell.setCellValue(text);
                    shown = text;
                }
            }
            if (c < widths.length) {
                widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, shown.length() + 1));
            }
        }
    }

    /** Sets the filter over every written row and the column widths. */
    public void finish() {
        if (widths.length > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, widths.length - 1));
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }
}
