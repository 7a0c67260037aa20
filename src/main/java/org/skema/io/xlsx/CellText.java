package org.skema.io.xlsx;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * A cell's value as the text the bundle's tables read, whatever type the spreadsheet gave it: a
 * whole number as "40" (not "40.0"), a time (a date-formatted number of at most one day, as Excel
 * stores 08:15) as "08:15", true/false as yes/no. A formula cell gives its
 * last computed value; Skema computes nothing.
 */
final class CellText {
    private CellText() {
    }

    /**
     * @throws IllegalArgumentException for an error value such as #N/A, or a date, which no table holds (it is
     *                                  nearly always a week range like 1-14 that the spreadsheet took for a date)
     */
    static String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> number(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            case ERROR -> throw new IllegalArgumentException("holds the error value "
                    + FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> "";
        };
    }

    private static String number(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            if (value >= 0 && value <= 1) {
                return new TimeOfDay((int) Math.round(value * 1440)).toString();
            }
            LocalDateTime when = cell.getLocalDateTimeCellValue();
            throw new IllegalArgumentException("holds the date " + when.toLocalDate() + ", and no column takes dates: "
                    + "a spreadsheet turns weeks like 1-14 into dates; format the column as text and type them again");
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
