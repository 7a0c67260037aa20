package org.skema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.skema.generate.FacultyGenerator;
import org.skema.generate.FacultyProfile;
import org.skema.generate.GeneratedFaculty;
import org.skema.io.Formats;
import org.skema.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a synthetic faculty problem that is known to be feasible. */
@Command(name = "generate", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        description = "Generate a synthetic faculty timetabling problem (seeded, deterministic). A feasible "
                + "timetable is planted first, so every generated problem is known to be feasible.",
        footer = {"", "Examples:",
                "  skema generate -o datasets/faculty.json",
                "  skema generate --profile small --seed 3 -o small.json \\",
                "      --planted small-planted.json"})
final class GenerateCommand implements Callable<Integer> {
    enum Profile { full, small, university }

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Problem file to write (.json).")
    Path output;

    @Option(names = "--profile", defaultValue = "full", paramLabel = "full|small",
            description = "full: the law faculty (~4,500 students); small: about a tenth of it; university: a whole "
                    + "university (~40,000 students, ~9,000 sections, 600 rooms) (default: ${DEFAULT-VALUE}).")
    Profile profile;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--planted", paramLabel = "FILE", description = "Also write the planted feasible solution.")
    Path planted;

    @Option(names = "--force", description = "Overwrite existing files.")
    boolean force;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        Formats.requireProblemTarget(output, force);
        if (planted != null) {
            Formats.requireSolutionTarget(planted, force);
        }
        FacultyProfile chosen = switch (profile) {
            case full -> FacultyProfile.full();
            case small -> FacultyProfile.small();
            case university -> FacultyProfile.university();
        };
        GeneratedFaculty faculty = FacultyGenerator.generate(chosen, seed);
        Problem problem = faculty.problem();
        Formats.writeProblem(problem, output, force);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Wrote %s: %d sections, %d students, %d teachers, %d rooms, %d distributions%n", output,
                problem.sections().size(), problem.students().size(), problem.teachers().size(),
                problem.rooms().size(), problem.distributions().size());
        if (planted != null) {
            Formats.writeSolution(faculty.planted(), Map.of("planted", true, "seed", seed), planted, force);
            out.println("Wrote " + planted + " (the planted feasible timetable)");
        }
        return ExitCode.OK;
    }
}
