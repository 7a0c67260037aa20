package org.skema.io.table;

import java.util.List;
import java.util.Set;

/**
 * What a table must look like: its name ("rooms"), whether a source must have it, its columns in
 * order, those its header must have, and which columns hold whole numbers or clock times, so that
 * a sink that types its cells (a workbook) knows which to write as numbers.
 */
public record TableSchema(String name, boolean required, List<String> columns, List<String> requiredColumns,
        Set<String> numbers, Set<String> clocks) {

    public TableSchema {
        columns = List.copyOf(columns);
        requiredColumns = List.copyOf(requiredColumns);
        numbers = Set.copyOf(numbers);
        clocks = Set.copyOf(clocks);
    }

    public static TableSchema of(String name, boolean required, List<String> columns, List<String> requiredColumns) {
        return new TableSchema(name, required, columns, requiredColumns, Set.of(), Set.of());
    }

    public TableSchema withNumbers(String... names) {
        return new TableSchema(name, required, columns, requiredColumns, Set.of(names), clocks);
    }

    public TableSchema withClocks(String... names) {
        return new TableSchema(name, required, columns, requiredColumns, numbers, Set.of(names));
    }
}
