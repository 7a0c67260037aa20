package org.skema.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.io.AtomicFiles;
import org.skema.io.Formats;
import org.skema.io.OutputClaim;
import org.skema.model.Problem;
import org.skema.sectioning.GreedySectioner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Keeps the best of several solutions of one problem, as the Evaluator judges them: a seed portfolio's result. */
@Command(name = "best", mixinStandardHelpOptions = true,
        description = "Score solutions of one problem with the Evaluator and copy the best (fewest hard violations, "
                + "then unplaced sections, then lowest soft penalty; the first given on a tie) to OUTPUT as it is. "
                + "For seed portfolios: the same solve with another --seed on each task of a cluster array.",
        footer = {"", "Examples:",
                "  skema best datasets/faculty.json runs/faculty-seed*.json -o faculty-best.json",
                "  skema best tg-fal17.xml seeds/tg-fal17-*.xml -o tg-fal17-best.xml --force",
                "", "Exit codes: 0 the best is feasible, 1 it is not, 2 bad input."})
final class BestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "Problem file (.json, ITC 2019 .xml, ITC 2007 .ctt, ...).")
    Path problemFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SOLUTION", description = "Solutions of PROBLEM.")
    List<Path> solutionFiles;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT", required = true,
            description = "Where the best solution goes (the same extension as the solutions).")
    Path output;

    @Option(names = "--force", description = "Overwrite OUTPUT if it exists.")
    boolean force;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        Path target = output.toAbsolutePath().normalize();
        for (Path solution : solutionFiles) {
            if (solution.toAbsolutePath().normalize().equals(target)) {
                throw new ParameterException(spec.commandLine(), "-o must not be one of the solutions: " + solution);
            }
            if (!extension(solution).equals(extension(output))) {
                throw new ParameterException(spec.commandLine(), "-o " + output + " must have the solutions' extension"
                        + " (the best is copied as it is), but " + solution + " has another");
            }
        }
        AtomicFiles.requireWritable(output, force);
        // Claimed before scoring, which takes a while for a large problem: a second run into OUTPUT is refused at once.
        try (OutputClaim claim = OutputClaim.claim(output)) {
            return keepBest();
        }
    }

    private int keepBest() {
        PrintWriter out = spec.commandLine().getOut();
        Problem problem = Formats.readProblem(problemFile, ReadNotices.printTo(spec.commandLine().getErr()));
        // One solution at a time, keeping only the best so far: a portfolio of a large problem must not hold them all.
        Path bestFile = null;
        Evaluation best = null;
        for (Path file : solutionFiles) {
            Evaluation evaluation = new Evaluator().evaluate(Formats.readSolution(file, problem)
                    .toSolution(new GreedySectioner()));
            out.printf(Locale.ROOT, "%s: %s, %s%n", file, evaluation.feasible() ? "feasible" : "NOT feasible",
                    evaluation.scoreText());
            if (best == null || Evaluation.BETTER_FIRST.compare(evaluation, best) < 0) {
                best = evaluation;
                bestFile = file;
            }
        }
        Path chosen = bestFile;
        AtomicFiles.write(output, force, stream -> Files.copy(chosen, stream));
        out.println("Best: " + chosen + " (" + best.scoreText() + "); wrote " + output);
        out.flush();
        return best.feasible() ? ExitCode.OK : ExitCode.INFEASIBLE;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
