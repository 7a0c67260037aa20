package org.skema.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Opens a new file for writing; tests put one in that fails as a full disk does. */
@FunctionalInterface
public interface FileOpener {
    FileOpener NEW_FILE = file -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

    OutputStream open(Path file) throws IOException;
}
