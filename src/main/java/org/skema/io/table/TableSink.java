package org.skema.io.table;

import java.util.List;
import java.util.Map;
import org.skema.io.OutputException;

/** Where tables are written, such as a folder of CSV files or a workbook. */
public interface TableSink {
    /** A cell as this sink stores it, which the matching source reads back after trimming its outer spaces. */
    String stored(String cell);

    /** How messages name a table of this sink: "rooms.csv", "sheet rooms". */
    String nameOf(TableSchema schema);

    /** How messages name what is written: "out/bundle as a CSV bundle". */
    String describe();

    /**
     * Writes every table, in order, its rows below a header of the schema's columns; all or nothing.
     *
     * @throws OutputException if it cannot be written
     */
    void write(Map<TableSchema, List<List<String>>> tables);
}
