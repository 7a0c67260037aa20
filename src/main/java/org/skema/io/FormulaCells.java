package org.skema.io;

/**
 * Keeps spreadsheets from running cells as formulas (CSV injection), reversibly. A cell that starts
 * with =, +, -, @, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as
 * text and hide; so does a cell that starts with an apostrophe followed by one of those or by
 * another apostrophe, so that {@link #unprotect} can tell the two apart and give back exactly
 * what was protected. Skema's CSV writers protect every cell; the bundle reader unprotects every cell.
 */
public final class FormulaCells {
    private FormulaCells() {
    }

    public static String protect(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return triggers(cell.charAt(0)) || protectedText(cell) ? "'" + cell : cell;
    }

    /** The cell without the apostrophe {@link #protect} put in front; any other cell as it is. */
    public static String unprotect(String cell) {
        return protectedText(cell) ? cell.substring(1) : cell;
    }

    private static boolean protectedText(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && (triggers(cell.charAt(1)) || cell.charAt(1) == '\'');
    }

    private static boolean triggers(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
