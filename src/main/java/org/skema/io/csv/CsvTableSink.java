package org.skema.io.csv;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.skema.io.FormulaCells;
import org.skema.io.OutputException;
import org.skema.io.StagedFolder;
import org.skema.io.table.TableSchema;
import org.skema.io.table.TableSink;

/**
 * Writes tables as a folder of CSV files, all or nothing ({@link StagedFolder}), every cell protected
 * against spreadsheet formulas in the way {@link CsvTableSource} undoes.
 */
final class CsvTableSink implements TableSink {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private final Path folder;
    private final boolean force;

    CsvTableSink(Path folder, boolean force) {
        this.folder = folder;
        this.force = force;
    }

    /** Fails early if a bundle of these tables could not be written to the folder. */
    static void requireWritable(Path folder, boolean force, List<TableSchema> schemas) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new OutputException(folder + " is a file; a CSV bundle is written to a folder");
        }
        if (!force) {
            for (TableSchema schema : schemas) {
                if (Files.exists(folder.resolve(CsvTableSource.fileName(schema)))) {
                    throw new OutputException(folder + " already holds a bundle (" + CsvTableSource.fileName(schema)
                            + "); pass --force to overwrite it");
                }
            }
        }
    }

    @Override
    public String stored(String cell) {
        return FormulaCells.protect(cell);
    }

    @Override
    public String nameOf(TableSchema schema) {
        return CsvTableSource.fileName(schema);
    }

    @Override
    public String describe() {
        return folder + " as a CSV bundle";
    }

    @Override
    public void write(Map<TableSchema, List<List<String>>> tables) {
        requireWritable(folder, force, List.copyOf(tables.keySet()));
        try (StagedFolder out = StagedFolder.open(folder, force)) {
            tables.forEach((schema, rows) -> out.write(CsvTableSource.fileName(schema), stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                // Not closed: the folder owns the stream.
                CSVPrinter printer = new CSVPrinter(writer, FORMAT);
                printer.printRecord(schema.columns());
                for (List<String> row : rows) {
                    printer.printRecord(row.stream().map(this::stored).toList());
                }
                printer.flush();
            }));
            out.commit();
        }
    }
}
