package org.skema.io.bundle;

import java.util.List;
import org.skema.io.InputException;
import org.skema.io.OutputException;
import org.skema.io.table.TableSink;
import org.skema.io.table.TableSource;
import org.skema.model.Problem;

/**
 * A problem as the tables of {@link BundleTable}, whatever keeps them: a folder of CSV files or a
 * workbook. Every table and column is described in datasets/CSV-BUNDLE.md.
 */
public final class Bundle {
    private Bundle() {
    }

    /** The problem, with the locks of the locks table. @throws InputException naming the table's place, row and column */
    public static Problem read(TableSource source) {
        return new BundleReader(source).read();
    }

    /**
     * Writes the problem and its locks, all or nothing.
     *
     * @return one sentence per part of the problem a bundle cannot express (empty when nothing is lost)
     * @throws OutputException if a value would read back differently, or the sink cannot write
     */
    public static List<String> write(Problem problem, TableSink sink) {
        return new BundleWriter(problem).write(sink);
    }
}
