package org.skema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.skema.bound.LowerBound;
import org.skema.bound.LowerBounds;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.io.DurationText;
import org.skema.io.Formats;
import org.skema.model.Problem;
import org.skema.sectioning.GreedySectioner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Proves a lower bound of a problem's soft score and, given a solution, its gap to it. */
@Command(name = "bound", mixinStandardHelpOptions = true,
        description = "Prove a lower bound of the soft score (the ITC 2019 total, ITC 2007's UD2 cost, the faculty's"
                + " soft score) of every timetable that places every section and breaks no hard rule: each section's"
                + " cheapest options, and CP-SAT on a relaxation of the whole problem within the time limit.",
        footer = {"", "Examples:",
                "  skema bound comp01.ctt --time-limit 30s",
                "  skema bound comp01.ctt comp01.sol      (also the gap of that solution)",
                "", "Exit codes: 0 done, 1 no timetable can place every section without breaking a hard rule,"
                + " 2 bad input."})
final class BoundCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "Problem file (.json, ITC 2019 .xml, ITC 2007 .ctt).")
    Path problemFile;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SOLUTION", description = "A solution to measure the gap of.")
    Path solutionFile;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = BoundPrinter.DEFAULT_LIMIT, description = "CP-SAT's time (default: ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
            description = "CP-SAT workers, each on a core (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        OptionRanges.workers(spec, workers);
        PrintWriter out = spec.commandLine().getOut();
        Problem problem = Formats.readProblem(problemFile, ReadNotices.printTo(spec.commandLine().getErr()));
        Evaluation solution = solutionFile == null ? null
                : new Evaluator().evaluate(Formats.readSolution(solutionFile, problem).toSolution(new GreedySectioner()));
        out.printf("Bounding %s: %d sections (limit %s, %d worker%s)%n", problemFile, problem.sections().size(),
                DurationText.format(timeLimit), workers, workers == 1 ? "" : "s");
        out.flush();
        LowerBound bound = LowerBounds.of(problem, timeLimit, workers);
        BoundPrinter.print(bound, out);
        BoundPrinter.printGap(bound, solution, String.valueOf(solutionFile), out);
        out.flush();
        return bound.feasible() ? ExitCode.OK : ExitCode.INFEASIBLE;
    }
}
