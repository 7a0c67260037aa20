package org.skema.io.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.skema.io.InputException;
import org.skema.io.IoReasons;
import org.skema.io.table.Table;
import org.skema.io.table.TablePlace;
import org.skema.io.table.TableSchema;
import org.skema.io.table.TableSource;

/**
 * The sheets of one .xlsx workbook, one per table (the sheet "rooms" for the table "rooms"; sheet
 * names match like column names, ignoring case, spaces and hyphens). A sheet whose name starts with
 * '#' is a note; any other unknown sheet is an error, as an unknown file in a CSV bundle is. Each
 * sheet's first non-blank row is its header. Errors name the sheet, the row and the column letter.
 */
final class XlsxTableSource implements TableSource, AutoCloseable {
    private final String file;
    private final Workbook workbook;
    private final Map<String, Sheet> sheets;

    private XlsxTableSource(String file, Workbook workbook, Map<String, Sheet> sheets) {
        this.file = file;
        this.workbook = workbook;
        this.sheets = sheets;
    }

    /** @throws InputException if the file is missing, not a workbook, or has a sheet that is none of the schemas' */
    static XlsxTableSource open(Path path, List<TableSchema> schemas) {
        String file = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new InputException(file, 0, null, Files.exists(path) ? "is not a file" : "no such file");
        }
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(path.toFile(), null, true);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InputException(file, 0, null, "cannot read: " + IoReasons.of(e));
        } catch (IOException | RuntimeException e) {
            // POI says why in its own words (an .xls saved as .xlsx, a broken zip, an encrypted file).
            throw new InputException(file, 0, 0, null, "is not an Excel workbook (.xlsx): " + e.getMessage(), e);
        }
        Map<String, Sheet> sheets = new HashMap<>();
        List<String> names = schemas.stream().map(TableSchema::name).toList();
        for (Sheet sheet : workbook) {
            String name = Table.normalise(sheet.getSheetName());
            if (name.startsWith("#")) {
                continue;
            }
            TableSchema schema = schemas.stream().filter(s -> Table.normalise(s.name()).equals(name)).findFirst()
                    .orElse(null);
            if (schema == null) {
                close(workbook);
                throw InputException.inSheet(file, sheet.getSheetName(), 0, 0, null, "unknown sheet (sheets of a "
                        + "problem: " + String.join(", ", names) + "; start a sheet's name with # for notes)");
            }
            if (sheets.putIfAbsent(schema.name(), sheet) != null) {
                close(workbook);
                throw InputException.inSheet(file, sheet.getSheetName(), 0, 0, null, "a second sheet for the table "
                        + schema.name() + ", after sheet " + sheets.get(schema.name()).getSheetName());
            }
        }
        return new XlsxTableSource(file, workbook, sheets);
    }

    @Override
    public String nameOf(TableSchema schema) {
        return sheetName(schema.name());
    }

    /** How messages name a sheet: "sheet rooms". */
    static String sheetName(String sheet) {
        return "sheet " + sheet;
    }

    @Override
    public InputException error(TableSchema schema, String detail) {
        return schema == null ? new InputException(file, 0, null, detail)
                : InputException.inSheet(file, schema.name(), 0, 0, null, detail);
    }

    @Override
    public Table table(TableSchema schema) {
        Sheet sheet = sheets.get(schema.name());
        if (sheet == null) {
            return null;
        }
        SheetPlace place = new SheetPlace(file, sheet.getSheetName());
        Table table = null;
        for (Row row : sheet) {
            List<String> cells = cells(row, place);
            if (table == null) {
                if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                    table = Table.withHeader(schema, place, row.getRowNum() + 1, cells);
                }
            } else {
                table.add(row.getRowNum() + 1, cells);
            }
        }
        if (table == null) {
            throw place.error(0, 0, null, "is empty; its first row must name the columns: "
                    + String.join(", ", schema.columns()));
        }
        return table;
    }

    private static List<String> cells(Row row, SheetPlace place) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            try {
                cells.add(CellText.of(row.getCell(c)));
            } catch (IllegalArgumentException e) {
                throw place.error(row.getRowNum() + 1, c + 1, null, e.getMessage());
            }
        }
        return cells;
    }

    /** A workbook sheet: errors name the file, the sheet, the row and the column letter. */
    private record SheetPlace(String file, String sheet) implements TablePlace {
        @Override
        public String name() {
            return sheetName(sheet);
        }

        @Override
        public String row(int line) {
            return "row " + line;
        }

        @Override
        public InputException error(int line, int column, String field, String detail) {
            return InputException.inSheet(file, sheet, line, column, field, detail);
        }
    }

    @Override
    public void close() {
        close(workbook);
    }

    private static void close(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // Opened read-only: nothing to save, and the problem is read already.
        }
    }
}
