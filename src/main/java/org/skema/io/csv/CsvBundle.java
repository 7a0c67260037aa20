package org.skema.io.csv;

import java.nio.file.Path;
import java.util.List;
import org.skema.io.InputException;
import org.skema.io.OutputException;
import org.skema.io.bundle.Bundle;
import org.skema.io.bundle.BundleTable;
import org.skema.model.Problem;

/**
 * The CSV bundle format: a folder of CSV files (rooms.csv, teachers.csv, sections.csv, ...) that
 * planners can keep in a spreadsheet. Every file and column is described in datasets/CSV-BUNDLE.md.
 */
public final class CsvBundle {
    private CsvBundle() {
    }

    /** The problem, with the locks of locks.csv. @throws InputException naming file, line and column when a file is missing or malformed */
    public static Problem readProblem(Path folder) {
        return Bundle.read(CsvTableSource.open(folder, BundleTable.schemas()));
    }

    /**
     * Writes the problem and its locks.
     *
     * @return one sentence per part of the problem the bundle cannot express (empty when nothing is lost)
     * @throws OutputException if a bundle file exists and {@code force} is false, or cannot be written
     */
    public static List<String> writeProblem(Problem problem, Path folder, boolean force) {
        requireWritable(folder, force);
        return Bundle.write(problem, new CsvTableSink(folder, force));
    }

    /** Fails early, before long work, if a bundle could not be written to {@code folder}. */
    public static void requireWritable(Path folder, boolean force) {
        CsvTableSink.requireWritable(folder, force, BundleTable.schemas());
    }

    /** The file that holds a bundle table, such as rooms.csv. */
    public static String fileName(BundleTable table) {
        return CsvTableSource.fileName(table.schema());
    }
}
