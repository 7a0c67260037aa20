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

    public InputException(String file, int line, String field, String detail) {
        this(file, line, 0, field, detail, null);
    }

    /**
     * @param line   1-based, or 0 when unknown
     * @param column 1-based, or 0 when unknown
     * @param field  the path of the offending field, such as {@code rooms[3].capacity}, or null
     */
    public InputException(String file, int line, int column, String field, String detail, Throwable cause) {
        super(detail, cause);
        this.file = file;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.field = field == null || field.isEmpty() ? null : field;
        this.detail = detail;
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
        if (line > 0) {
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
}
