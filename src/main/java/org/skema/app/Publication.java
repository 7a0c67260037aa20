package org.skema.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.skema.export.CsvExport;
import org.skema.export.IcsExport;
import org.skema.export.XlsxExport;
import org.skema.io.AtomicFiles;
import org.skema.io.OutputException;

/**
 * What to publish and where: a folder, the views to write into it, and how (semester start and
 * time zone for dates and calendars, CSV delimiter and byte-order mark).
 */
public record Publication(Path folder, Set<Part> parts, IcsExport.Options calendar, CsvExport.Options csv,
        boolean force) {

    /** The views a publication can hold; each has its fixed place in the folder. */
    public enum Part {
        CSV, XLSX, ICS, HTML
    }

    public static final String REPORT = "report.html";
    public static final String CALENDARS = "calendars";

    public Publication {
        parts = parts.isEmpty() ? EnumSet.allOf(Part.class) : EnumSet.copyOf(parts);
    }

    public boolean has(Part part) {
        return parts.contains(part);
    }

    /** Fails before long work if a view could not be written (a file exists without force, or the folder is a file). */
    public void requireUsable() {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new OutputException(folder + " is a file, not a folder");
        }
        files().forEach(file -> AtomicFiles.requireWritable(folder.resolve(file), force));
        if (has(Part.ICS) && !force) {
            IcsExport.requireNoCalendars(folder.resolve(CALENDARS));
        }
    }

    /** The files written at the top of the folder (calendars go into their own subfolder). */
    public List<String> files() {
        List<String> files = new ArrayList<>();
        if (has(Part.CSV)) {
            files.addAll(CsvExport.FILES);
        }
        if (has(Part.XLSX)) {
            files.add(XlsxExport.FILE);
        }
        if (has(Part.HTML)) {
            files.add(REPORT);
        }
        return files;
    }
}
