package org.skema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.io.Formats;
import org.skema.io.itc2007.Ud2Score;
import org.skema.model.Problem;
import org.skema.model.Solution;
import org.skema.sectioning.GreedySectioner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Scores a solution with the Evaluator and lists what it breaks. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Score a solution independently of the solver and list every violation.",
        footer = {"", "Examples:",
                "  skema check datasets/faculty.json out/faculty-solution.json",
                "  skema check datasets/faculty.json out/faculty-solution.json --json",
                "  skema check comp01.ctt comp01.sol      (ITC 2007: also prints the UD2 score)",
                "", "Exit codes: 0 feasible, 1 hard violations or unplaced sections, 2 bad input."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "Problem file (.json, ITC 2019 .xml, ITC 2007 .ctt).")
    Path problemFile;

    @Parameters(index = "1", paramLabel = "SOLUTION", description = "Solution file (.json, ITC 2019 .xml, ITC 2007 .sol).")
    Path solutionFile;

    @Option(names = "--json", description = "Print one JSON object: feasible, hard, medium, unassigned, soft, "
            + "score, per-constraint totals, the violations and, for ITC 2007 problems, the UD2 score.")
    boolean json;

    @Option(names = "--summary", description = "Only the verdict and the per-rule totals, no violation list.")
    boolean summary;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Violations shown per rule (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--all", description = "Show every violation.")
    boolean all;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Problem problem = Formats.readProblem(problemFile);
        Solution solution = Formats.readSolution(solutionFile, problem).toSolution(new GreedySectioner()::section);
        Evaluation evaluation = new Evaluator().evaluate(solution);
        Ud2Score ud2 = Ud2Score.appliesTo(problemFile) ? Ud2Score.of(evaluation) : null;
        if (json) {
            out.println(EvaluationPrinter.json(evaluation, !summary, ud2));
        } else {
            out.println("Checked " + solutionFile + " against " + problemFile);
            EvaluationPrinter.printHeadline(evaluation, ud2, out);
            EvaluationPrinter.printTable(evaluation, out);
            if (!summary) {
                EvaluationPrinter.printViolations(evaluation, out, all ? Integer.MAX_VALUE : limit);
            }
        }
        out.flush();
        return evaluation.feasible() ? ExitCode.OK : ExitCode.INFEASIBLE;
    }
}
