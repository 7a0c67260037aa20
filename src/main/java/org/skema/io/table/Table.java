package org.skema.io.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skema.io.InputException;

/**
 * One table read from a source: its header and data rows. Column names are matched ignoring case,
 * with spaces and hyphens read as underscores; columns whose name is empty or starts with '#' are
 * notes and ignored; any other unknown column is an error, so that a misspelt optional column is
 * not silently dropped. Blank rows (also rows of empty cells, as spreadsheets keep them) are skipped.
 */
public final class Table {
    private final TablePlace place;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    private Table(TablePlace place) {
        this.place = place;
    }

    /**
     * A table with the given header, checked against the schema; add its rows with {@link #add}.
     *
     * @param line the header's line or row
     * @throws InputException at the header cell of an unknown or repeated column, or at the header for a missing one
     */
    public static Table withHeader(TableSchema schema, TablePlace place, int line, List<String> header) {
        Table table = new Table(place);
        table.header(schema, line, header);
        return table;
    }

    /**
     * Adds a data row; a row whose cells are all blank is skipped. The source trims the cells (and
     * undoes its own escapes after trimming, so that an escaped outer space survives).
     */
    public void add(int line, List<String> cells) {
        if (cells.stream().anyMatch(cell -> cell != null && !cell.isBlank())) {
            rows.add(new Row(this, line, cells));
        }
    }

    public TablePlace place() {
        return place;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /** The column's 0-based position, or -1 when the header does not have it. */
    public int index(String column) {
        return columns.getOrDefault(column, -1);
    }

    /** An error about the table as a whole, or about a row ({@code line} &gt; 0). */
    public InputException error(int line, String detail) {
        return place.error(line, 0, null, detail);
    }

    /** A column name as the schemas spell it: "Slots per day" and "slots-per-day" are "slots_per_day". */
    public static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private void header(TableSchema schema, int line, List<String> cells) {
        String known = "(columns of " + place.name() + ": " + String.join(", ", schema.columns());
        for (int i = 0; i < cells.size(); i++) {
            String raw = cells.get(i) == null ? "" : cells.get(i);
            String name = normalise(raw);
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (!schema.columns().contains(name)) {
                throw place.error(line, i + 1, raw.strip(), "unknown column " + known
                        + "; start a column's name with # for notes)");
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw place.error(line, i + 1, raw.strip(), "column is given twice");
            }
        }
        for (String required : schema.requiredColumns()) {
            if (!columns.containsKey(required)) {
                throw place.error(line, 0, null, "missing column \"" + required + "\" " + known + ")");
            }
        }
    }
}
