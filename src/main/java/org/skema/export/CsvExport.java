package org.skema.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.skema.io.FormulaCells;
import org.skema.io.StagedFolder;

/**
 * Writes the timetable as CSV, one file per table of {@link MeetingViews}: meetings.csv with one row
 * per meeting (a section on one day of the week), and teacher-meetings.csv, room-meetings.csv,
 * group-meetings.csv and student-meetings.csv, whose first columns name whose row it is. Dates are
 * written as 2026-09-07, times as 08:15, and every text cell is made formula-safe.
 */
public final class CsvExport {
    /** The files written, in order. */
    public static final List<String> FILES = MeetingViews.NAMES.stream().map(name -> name + ".csv").toList();

    /**
     * @param semicolon use ';' between cells (European Excel) instead of ','
     * @param bom       start each file with a UTF-8 byte-order mark, so that Excel reads it as UTF-8
     */
    public record Options(boolean semicolon, boolean bom) {
    }

    private final MeetingViews views;
    private final CSVFormat format;
    private final boolean bom;

    public CsvExport(Schedule schedule, Semester semester, Options options) {
        this.views = new MeetingViews(schedule, semester);
        this.format = CSVFormat.DEFAULT.builder().setDelimiter(options.semicolon() ? ';' : ',')
                .setRecordSeparator("\r\n").get();
        this.bom = options.bom();
    }

    /** Writes the five files into {@code folder}, all or none; @return the paths written */
    public List<Path> write(Path folder, boolean force) {
        try (StagedFolder out = StagedFolder.open(folder, force)) {
            write(out);
            out.commit();
        }
        return FILES.stream().map(folder::resolve).toList();
    }

    /** Writes the five files into a staged folder. */
    public void write(StagedFolder folder) {
        for (MeetingViews.View view : views.views()) {
            folder.write(view.name() + ".csv", out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                if (bom) {
                    writer.write('\uFEFF');
                }
                // Not closed: the folder owns the stream.
                CSVPrinter printer = new CSVPrinter(writer, format);
                printer.printRecord(view.columns());
                try {
                    view.forEachRow(row -> print(printer, row));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                printer.flush();
            });
        }
    }

    private static void print(CSVPrinter printer, List<Object> row) {
        try {
            printer.printRecord(row.stream().map(cell -> FormulaCells.protect(cell.toString())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
