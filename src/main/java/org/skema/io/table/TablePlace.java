package org.skema.io.table;

import org.skema.io.InputException;

/** Where a table is kept (a CSV file, a workbook sheet), so that an error names file, row and column as that source counts them. */
public interface TablePlace {
    /** How messages name the table: "rooms.csv", "sheet rooms". */
    String name();

    /** How messages name one of its rows: "line 3", "row 3". */
    String row(int line);

    /**
     * @param line   1-based line or row, 0 for the table as a whole
     * @param column 1-based column, 0 for the row as a whole
     * @param field  the column's name, or null
     */
    InputException error(int line, int column, String field, String detail);
}
