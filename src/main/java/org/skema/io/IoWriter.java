package org.skema.io;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a file's content; {@link AtomicFiles} decides where it goes. */
@FunctionalInterface
public interface IoWriter {
    void write(OutputStream out) throws IOException;
}
