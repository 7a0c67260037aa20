package org.skema.io;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.skema.model.Problem;

/** Reads a problem file of one format. */
@FunctionalInterface
public interface ProblemReader {
    /**
     * @param notices gets one line for each kind of data in the file that Skema leaves out
     * @throws InputException if the file is missing or malformed
     */
    Problem read(Path file, Consumer<String> notices);
}
