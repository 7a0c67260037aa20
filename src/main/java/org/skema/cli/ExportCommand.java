package org.skema.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.skema.app.Load;
import org.skema.app.Publication;
import org.skema.app.Published;
import org.skema.app.Publisher;
import org.skema.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Publishes a solution: CSV and an Excel workbook for spreadsheets, iCalendar files, one HTML report. */
@Command(name = "export", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        description = "Publish a timetable as CSV files, an Excel workbook, iCalendar files (per teacher, room, "
                + "student group and student) and a self-contained HTML report. Without --csv, --xlsx, --ics or "
                + "--html, all four are written.",
        footer = {"", "Writes into DIR: meetings.csv, teacher-meetings.csv, room-meetings.csv,",
                "group-meetings.csv, student-meetings.csv; timetable.xlsx (the same tables",
                "as sheets); calendars/{teachers,rooms,groups,students}/*.ics; report.html.",
                "", "Examples:",
                "  skema export datasets/faculty.json out/faculty-solution.json \\",
                "      --to out/published",
                "  skema export datasets/faculty.json out/faculty-solution.json \\",
                "      --to out/excel --xlsx",
                "  skema export datasets/faculty.json out/faculty-solution.json \\",
                "      --to out/csv --csv --delimiter semicolon --bom",
                "  skema export datasets/faculty.json out/faculty-solution.json \\",
                "      --to out/ics --ics --semester-start 2026-09-07",
                "  skema solve datasets/faculty.json --publish out   (solve, then publish)",
                "", "Exit codes: 0 written, 2 bad input or an output file exists (use --force)."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = HelpText.PROBLEM)
    Path problemFile;

    @Parameters(index = "1", paramLabel = "SOLUTION", description = HelpText.SOLUTION)
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

    @Mixin
    PublishOptions publishing;

    @Option(names = "--force", description = "Overwrite existing files (and replace the earlier calendars folder).")
    boolean force;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        Set<Publication.Part> parts = EnumSet.noneOf(Publication.Part.class);
        if (csv) {
            parts.add(Publication.Part.CSV);
        }
        if (xlsx) {
            parts.add(Publication.Part.XLSX);
        }
        if (ics) {
            parts.add(Publication.Part.ICS);
        }
        if (html) {
            parts.add(Publication.Part.HTML);
        }
        Publication publication = publishing.publication(spec.commandLine(), folder, parts, force);
        publication.requireUsable();
        Problem problem = Load.problem(problemFile, ReadNotices.printTo(spec.commandLine().getErr()));
        List<Published> published = Publisher.publish(Load.judged(problem, solutionFile), publication);
        PublishOptions.print(published, publication, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
