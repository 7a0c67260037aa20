package org.skema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.skema.app.Publication;
import org.skema.app.Published;
import org.skema.export.CsvExport;
import org.skema.export.IcsExport;
import org.skema.export.Semester;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How a timetable is published (export, and solve --publish): dates, time zone, CSV dialect. */
final class PublishOptions {
    enum Delimiter { comma, semicolon }

    @Option(names = "--delimiter", defaultValue = "comma", paramLabel = "comma|semicolon",
            description = "CSV cell delimiter; semicolon suits Excel in most European locales (default: ${DEFAULT-VALUE}).")
    Delimiter delimiter;

    @Option(names = "--bom", description = "Start CSV files with a UTF-8 byte-order mark, so that Excel reads accents right.")
    boolean bom;

    @Option(names = "--semester-start", paramLabel = "YYYY-MM-DD",
            description = "The Monday of week 1, for the dates in CSV files, the workbook and calendars (default: the "
                    + "first Monday of September of the current year).")
    LocalDate semesterStart;

    @Option(names = "--zone", defaultValue = "Europe/Copenhagen", paramLabel = "ZONE",
            description = "Time zone of the timetable's clock times (default: ${DEFAULT-VALUE}).")
    String zone;

    /** The publication these options describe; bad dates and zones end as usage errors, before any work. */
    Publication publication(CommandLine commandLine, Path folder, Set<Publication.Part> parts, boolean force) {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
            IcsExport.requireKnownZone(zoneId);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--zone " + zone + " is not a time zone like Europe/Copenhagen");
        }
        LocalDate start = semesterStart != null ? semesterStart
                : Semester.firstMondayOfSeptember(LocalDate.now(zoneId).getYear()).start();
        IcsExport.Options calendar;
        try {
            calendar = new IcsExport.Options(start, zoneId);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--semester-start: " + e.getMessage());
        }
        return new Publication(folder, parts, calendar, new CsvExport.Options(delimiter == Delimiter.semicolon, bom),
                force);
    }

    /** One line per view written. */
    static void print(List<Published> published, Publication publication, PrintWriter out) {
        LocalDate start = publication.calendar().semesterStart();
        for (Published p : published) {
            out.println(switch (p.part()) {
                case CSV -> String.format(Locale.ROOT, "Wrote %d CSV files to %s (%d ms)", p.files(), p.path(),
                        p.millis());
                case XLSX -> String.format(Locale.ROOT, "Wrote %s (%d sheets, week 1 starts %s; %d ms)", p.path(),
                        p.files(), start, p.millis());
                case ICS -> String.format(Locale.ROOT, "Wrote %d calendars to %s (week 1 starts %s, %s; %d ms)",
                        p.files(), p.path(), start, publication.calendar().zone(), p.millis());
                case HTML -> String.format(Locale.ROOT, "Wrote %s (%d ms)", p.path(), p.millis());
            });
        }
        out.flush();
    }
}
