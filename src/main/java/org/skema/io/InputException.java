package org.skema.io;

/**
 * Bad input that the user has to fix. The message is one line that names the file, the line (and
 * column, where known), the field and what is wrong, like
 * {@code datasets/x.json:57: rooms[3] (id "R12").capacity: must not be negative, got -5}, so that
 * the CLI can print it as it is.
 */
public class InputException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String field;
    private final String detail;
    private final String sheet;

    public InputException(String file, int line, String field, String detail) {
        this(file, line, 0, field, detail, null);
    }

    /**
     * @param line   1-based, or 0 when unknown
     * @param column 1-based, or 0 when unknown
     * @param field  the path of the offending field, such as {@code rooms[3].capacity}, or null
     */
    public InputException(String file, int line, int column, String field, String detail, Throwable cause) {
        this(file, null, line, column, field, detail, cause);
    }

    private InputException(String file, String sheet, int line, int column, String field, String detail,
            Throwable cause) {
        super(detail, cause);
        this.sheet = sheet;
        this.file = file;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.field = field == null || field.isEmpty() ? null : field;
        this.detail = detail;
    }

    /**
     * An error in a workbook's sheet, named as a spreadsheet user finds it:
     * {@code faculty.xlsx: sheet rooms, row 3, column C: capacity: must not be negative, got -40}.
     *
     * @param row    1-based row as the spreadsheet numbers it, or 0 for the sheet as a whole
     * @param column 1-based column (1 is A), or 0 for the row as a whole
     */
    public static InputException inSheet(String file, String sheet, int row, int column, String field, String detail) {
        return new InputException(file, sheet, row, column, field, detail, null);
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** Path of the offending field, or null. */
    public String field() {
        return field;
    }

    /** What is wrong, without the place. */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        StringBuilder text = new StringBuilder(file == null ? "<input>" : file);
        if (sheet != null) {
            text.append(": sheet ").append(sheet);
            if (line > 0) {
                text.append(", row ").append(line);
                if (column > 0) {
                    text.append(", column ").append(columnLetters(column));
                }
            }
        } else if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (field != null) {
            text.append(field).append(": ");
        }
        text.append(detail);
        // One line, so that a terminal or a log shows the whole error at once.
        return text.toString().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** The sheet of a workbook error, or null. */
    public String sheet() {
        return sheet;
    }

    /** A spreadsheet's column name: 1 is A, 27 is AA. */
    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
