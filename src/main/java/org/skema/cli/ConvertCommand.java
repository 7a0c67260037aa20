package org.skema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.skema.app.Load;
import org.skema.io.Formats;
import org.skema.io.OutputClaim;
import org.skema.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Converts a problem from one format to another, chosen by the files' extensions. */
@Command(name = "convert", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        description = "Convert a problem between formats, chosen by the file extensions (.json: Skema's own, "
                + ".xml: ITC 2019, .xlsx: Excel workbook, a folder: CSV bundle). What the target format cannot "
                + "express is left out and listed on stderr.",
        footer = {"", "Examples:",
                "  skema convert datasets/faculty.json faculty.xml",
                "  skema convert tg-fal17.xml tg-fal17.json --force",
                "  skema convert datasets/faculty.json faculty.xlsx",
                "",
                "Converting to ITC 2019 turns each teacher's sections into a required",
                "SameAttendees, drops the times at which a section's teachers are unavailable",
                "and, when room capacity is hard, the rooms too small for the section's limit.",
                "Ids that are not numbers are numbered 1, 2, ... in problem order.",
                "", "Exit codes: 0 written, 2 bad input or OUTPUT exists (use --force)."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = HelpText.PROBLEM)
    Path input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "Problem to write (.json, .xml, .xlsx or a CSV bundle folder).")
    Path output;

    @Option(names = "--force", description = "Overwrite OUTPUT if it exists.")
    boolean force;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        Formats.requireProblemTarget(output, force);
        Problem problem;
        List<String> omissions;
        // Claimed before reading: an output folder that is not writable is found at once.
        try (OutputClaim claim = OutputClaim.claim(output)) {
            problem = Load.problem(input, ReadNotices.printTo(spec.commandLine().getErr()));
            omissions = Formats.writeProblem(problem, output, force);
        }
        PrintWriter err = spec.commandLine().getErr();
        omissions.forEach(omission -> err.println("skema: left out: " + omission));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Wrote %s: %d sections, %d students, %d teachers, %d rooms, %d distributions%n", output,
                problem.sections().size(), problem.students().size(), problem.teachers().size(),
                problem.rooms().size(), problem.distributions().size());
        out.flush();
        return ExitCode.OK;
    }
}
