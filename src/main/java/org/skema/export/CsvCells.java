package org.skema.export;

/**
 * Makes text safe for a spreadsheet: a cell that starts with =, +, -, @, a tab or a carriage return
 * would be run as a formula by Excel or LibreOffice (CSV injection), so it gets a leading single
 * quote, which spreadsheets show as text and hide.
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
