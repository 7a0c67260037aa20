package org.skema.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.export.CsvExport;
import org.skema.export.HtmlReport;
import org.skema.export.IcsExport;
import org.skema.export.MeetingViews;
import org.skema.export.Schedule;
import org.skema.export.Semester;
import org.skema.export.XlsxExport;
import org.skema.io.AtomicFiles;
import org.skema.io.Formats;
import org.skema.io.StagedFolder;
import org.skema.model.Problem;
import org.skema.model.Solution;
import org.skema.sectioning.GreedySectioner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Publishes a solution: CSV and an Excel workbook for spreadsheets, iCalendar files, one HTML report. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Publish a timetable as CSV files, an Excel workbook, iCalendar files (per teacher, room, "
                + "student group and student) and a self-contained HTML report. Without --csv, --xlsx, --ics or "
                + "--html, all four are written.",
        footer = {"", "Writes into DIR: meetings.csv, teacher-meetings.csv, room-meetings.csv, group-meetings.csv,",
                "student-meetings.csv; timetable.xlsx (the same tables as sheets);",
                "calendars/{teachers,rooms,groups,students}/*.ics; report.html.",
                "", "Examples:",
                "  skema export datasets/faculty.json out/faculty-solution.json --to out/published",
                "  skema export datasets/faculty.json out/faculty-solution.json --to out/excel --xlsx",
                "  skema export datasets/faculty.json out/faculty-solution.json --to out/csv --csv --delimiter semicolon --bom",
                "  skema export datasets/faculty.json out/faculty-solution.json --to out/ics --ics --semester-start 2026-09-07",
                "", "Exit codes: 0 written, 2 bad input or an output file exists (use --force)."})
final class ExportCommand implements Callable<Integer> {
    enum Delimiter { comma, semicolon }

    private static final String REPORT = "report.html";
    private static final String CALENDARS = "calendars";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "Problem file (.json, .xml, .xlsx) or CSV bundle folder.")
    Path problemFile;

    @Parameters(index = "1", paramLabel = "SOLUTION", description = "Solution file (.json, .xml).")
    Path solutionFile;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "Folder to write into (created if needed).")
    Path folder;

    @Option(names = "--csv", description = "Write the CSV files.")
    boolean csv;

    @Option(names = "--xlsx", description = "Write timetable.xlsx.")
    boolean xlsx;

    @Option(names = "--ics", description = "Write the iCalendar files.")
    boolean ics;

    @Option(names = "--html", description = "Write report.html.")
    boolean html;

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

    @Option(names = "--force", description = "Overwrite existing files (and replace the earlier calendars folder).")
    boolean force;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        boolean all = !csv && !xlsx && !ics && !html;
        IcsExport.Options options = options();
        IcsExport.Options icsOptions = all || ics ? options : null;
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "--to " + folder + " is a file, not a folder");
        }
        if (all || html) {
            AtomicFiles.requireWritable(folder.resolve(REPORT), force);
        }
        if (all || csv) {
            CsvExport.FILES.forEach(name -> AtomicFiles.requireWritable(folder.resolve(name), force));
        }
        if (all || xlsx) {
            AtomicFiles.requireWritable(folder.resolve(XlsxExport.FILE), force);
        }
        if (icsOptions != null && !force) {
            IcsExport.requireNoCalendars(folder.resolve(CALENDARS));
        }
        Problem problem = Formats.readProblem(problemFile, ReadNotices.printTo(spec.commandLine().getErr()));
        Solution solution = Formats.readSolution(solutionFile, problem).toSolution(new GreedySectioner());
        Schedule schedule = new Schedule(solution);
        // Everything goes to a staging folder first and into --to only when complete, so the lines are printed after.
        List<String> wrote = new ArrayList<>();
        try (StagedFolder out = StagedFolder.open(folder, force)) {
            if (all || csv) {
                long start = System.nanoTime();
                new CsvExport(schedule, options.semester(), new CsvExport.Options(delimiter == Delimiter.semicolon, bom))
                        .write(out);
                wrote.add(String.format(Locale.ROOT, "Wrote %d CSV files to %s (%d ms)", CsvExport.FILES.size(), folder,
                        millis(start)));
            }
            if (all || xlsx) {
                long start = System.nanoTime();
                new XlsxExport(schedule, options.semester()).write(out);
                wrote.add(String.format(Locale.ROOT, "Wrote %s (%d sheets, week 1 starts %s; %d ms)",
                        folder.resolve(XlsxExport.FILE), MeetingViews.NAMES.size(), options.semesterStart(),
                        millis(start)));
            }
            if (icsOptions != null) {
                long start = System.nanoTime();
                IcsExport export;
                try {
                    export = new IcsExport(schedule, icsOptions);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--zone: " + e.getMessage());
                }
                int files = export.write(out, CALENDARS + "/");
                wrote.add(String.format(Locale.ROOT, "Wrote %d calendars to %s (week 1 starts %s, %s; %d ms)", files,
                        folder.resolve(CALENDARS), icsOptions.semesterStart(), icsOptions.zone(), millis(start)));
            }
            if (all || html) {
                long start = System.nanoTime();
                Evaluation evaluation = new Evaluator().evaluate(solution);
                out.write(REPORT, new HtmlReport(schedule, evaluation).content());
                wrote.add(String.format(Locale.ROOT, "Wrote %s (%d ms)", folder.resolve(REPORT), millis(start)));
            }
            out.commit();
        }
        PrintWriter printer = spec.commandLine().getOut();
        wrote.forEach(printer::println);
        printer.flush();
        return ExitCode.OK;
    }

    /** The semester start and zone, which the ICS calendars and the dates of the CSV files and the workbook use. */
    private IcsExport.Options options() {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "--zone " + zone + " is not a time zone like Europe/Copenhagen");
        }
        LocalDate start = semesterStart != null ? semesterStart
                : Semester.firstMondayOfSeptember(LocalDate.now(zoneId).getYear()).start();
        try {
            return new IcsExport.Options(start, zoneId);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--semester-start: " + e.getMessage());
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
