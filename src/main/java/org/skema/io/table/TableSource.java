package org.skema.io.table;

import org.skema.io.InputException;

/** Tables to read, such as a folder of CSV files or a workbook's sheets. */
public interface TableSource {
    /**
     * The table with its header checked against the schema.
     *
     * @return null when the source has no such table
     * @throws InputException naming the place when the table is malformed
     */
    Table table(TableSchema schema);

    /** How messages name a table of this source, also one it does not have: "rooms.csv", "sheet rooms". */
    String nameOf(TableSchema schema);

    /** An error about one table as a whole (one that is missing), or with {@code schema} null about the source. */
    InputException error(TableSchema schema, String detail);
}
