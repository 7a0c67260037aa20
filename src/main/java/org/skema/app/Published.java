package org.skema.app;

import java.nio.file.Path;

/**
 * One view written by {@link Publisher}.
 *
 * @param path   the file, or the folder of the CSV files and of the calendars
 * @param files  how many files it holds (sheets for the workbook)
 */
public record Published(Publication.Part part, Path path, int files, long millis) {
}
