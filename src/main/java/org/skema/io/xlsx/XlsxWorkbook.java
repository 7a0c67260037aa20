package org.skema.io.xlsx;

import java.nio.file.Path;
import java.util.List;
import org.skema.io.AtomicFiles;
import org.skema.io.InputException;
import org.skema.io.OutputException;
import org.skema.io.bundle.Bundle;
import org.skema.io.bundle.BundleTable;
import org.skema.model.Problem;

/**
 * A problem as one Excel workbook (.xlsx): a sheet per bundle table, with the same columns as the
 * CSV bundle (datasets/CSV-BUNDLE.md).
 */
public final class XlsxWorkbook {
    private XlsxWorkbook() {
    }

    /** @throws InputException naming the sheet, row and column of what is wrong */
    public static Problem readProblem(Path file) {
        try (XlsxTableSource source = XlsxTableSource.open(file, BundleTable.schemas())) {
            return Bundle.read(source);
        }
    }

    /**
     * @return one sentence per part of the problem a workbook cannot express (empty when nothing is lost)
     * @throws OutputException if the file exists and {@code force} is false, a value would read back differently, or
     *                         it cannot be written
     */
    public static List<String> writeProblem(Problem problem, Path file, boolean force) {
        AtomicFiles.requireWritable(file, force);
        return Bundle.write(problem, new XlsxTableSink(file, force));
    }
}
