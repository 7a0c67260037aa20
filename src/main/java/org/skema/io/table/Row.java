package org.skema.io.table;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.skema.io.InputException;
import org.skema.model.ModelException;

/**
 * One data row of a table. Cells are looked up by column name, as the source read them (trimmed);
 * every error names the table's place, the row, the column's position and its name.
 */
public final class Row {
    private final Table table;
    private final int line;
    private final List<String> cells;

    Row(Table table, int line, List<String> cells) {
        this.table = table;
        this.line = line;
        this.cells = cells;
    }

    public int line() {
        return line;
    }

    /** How messages name this row: "line 3", "row 3". */
    public String where() {
        return table.place().row(line);
    }

    /** The cell, or "" when the column is absent or the row is short. */
    public String text(String column) {
        int index = table.index(column);
        if (index < 0 || index >= cells.size() || cells.get(index) == null) {
            return "";
        }
        return cells.get(index);
    }

    public boolean has(String column) {
        return !text(column).isEmpty();
    }

    /** The text, or null when the cell is empty. */
    public String optional(String column) {
        String text = text(column);
        return text.isEmpty() ? null : text;
    }

    public String require(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            throw error(column, table.hasColumn(column) ? "must not be empty" : "missing column \"" + column + "\"");
        }
        return text;
    }

    public int nonNegative(String column) {
        return nonNegative(column, require(column));
    }

    public int nonNegativeOr(String column, int fallback) {
        return has(column) ? nonNegative(column, text(column)) : fallback;
    }

    private int nonNegative(String column, String text) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error(column, "'" + text + "' is not a whole number");
        }
        if (value < 0) {
            throw error(column, "must not be negative, got " + value);
        }
        return value;
    }

    /** yes/no, true/false, y/n or 1/0 (any case); an empty cell gives the fallback. */
    public boolean flag(String column, boolean fallback) {
        String text = text(column).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "" -> fallback;
            case "yes", "true", "1", "y" -> true;
            case "no", "false", "0", "n" -> false;
            default -> throw error(column, "must be yes or no, got '" + text(column) + "'");
        };
    }

    /** A comma-separated list of non-empty items, each trimmed; empty when the cell is. */
    public List<String> list(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> items = List.of(text.split("\\s*,\\s*", -1));
        if (items.stream().anyMatch(String::isEmpty)) {
            throw error(column, "has an empty item in '" + text + "'");
        }
        return items;
    }

    public InputException error(String column, String detail) {
        int index = table.index(column);
        return table.place().error(line, index < 0 ? 0 : index + 1, column, detail);
    }

    /** An error about the row as a whole. */
    public InputException error(String detail) {
        return table.error(line, detail);
    }

    /** Runs a model step; a broken model rule becomes an error at the column (the row when null). */
    public <T> T at(String column, Supplier<T> step) {
        try {
            return step.get();
        } catch (ModelException e) {
            throw column == null ? error(e.getMessage()) : error(column, e.getMessage());
        }
    }
}
