package org.skema.io.xlsx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skema.io.AtomicFiles;
import org.skema.io.table.TableSchema;
import org.skema.io.table.TableSink;

/**
 * Writes tables as the sheets of one workbook, all or nothing ({@link AtomicFiles}). Cells are typed
 * by the schema: whole numbers in number columns as numbers, clock times as Excel times, everything
 * else as string cells, which a spreadsheet never runs as a formula, so no cell needs the
 * apostrophe of a CSV bundle.
 */
final class XlsxTableSink implements TableSink {
    private final Path file;
    private final boolean force;

    XlsxTableSink(Path file, boolean force) {
        this.file = file;
        this.force = force;
    }

    @Override
    public String stored(String cell) {
        return cell;
    }

    @Override
    public String nameOf(TableSchema schema) {
        return XlsxTableSource.sheetName(schema.name());
    }

    @Override
    public String describe() {
        return file + " as a workbook";
    }

    @Override
    public void write(Map<TableSchema, List<List<String>>> tables) {
        AtomicFiles.write(file, force, out -> {
            try (XlsxBook book = new XlsxBook()) {
                tables.forEach((schema, rows) -> {
                    SheetWriter sheet = book.sheet(schema.name(), schema.columns());
                    rows.forEach(row -> sheet.row(typed(schema, row)));
                    sheet.finish();
                });
                book.write(out);
            }
        });
    }

    private static List<Object> typed(TableSchema schema, List<String> row) {
        List<Object> cells = new ArrayList<>(row.size());
        for (int c = 0; c < row.size(); c++) {
            String column = schema.columns().get(c);
            String text = row.get(c);
            Object cell = text;
            if (schema.numbers().contains(column) && text.matches("-?\\d{1,15}")) {
                cell = Long.parseLong(text);
            } else if (schema.clocks().contains(column)) {
                TimeOfDay time = TimeOfDay.parse(text);
                cell = time == null ? text : time;
            }
            cells.add(cell);
        }
        return cells;
    }
}
