package org.skema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Violation;
import org.skema.app.Judged;
import org.skema.app.Load;
import org.skema.app.Replan;
import org.skema.model.Assignment;
import org.skema.model.Problem;
import org.skema.model.SectionLock;
import org.skema.model.Solution;
import org.skema.replan.LockConflicts;
import org.skema.replan.TimetableDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Scores a solution with the Evaluator and lists what it breaks. */
@Command(name = "check", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        description = "Score a solution independently of the solver and list every violation.",
        footer = {"", "Examples:",
                "  skema check datasets/faculty.json out/faculty-solution.json",
                "  skema check datasets/faculty.json out/faculty-solution.json --json",
                "  skema check tg-fal17.xml tg-fal17-solution.xml --summary",
                "  skema check comp01.ctt comp01.sol   (ITC 2007: also prints the UD2 score)",
                "", "With ITC 2019 weights it also prints the competition's time, room,",
                "distribution and student totals and their weighted total (\"itc2019\" in",
                "--json); with ITC 2007 weights the UD2 score (\"ud2\").",
                "", "Exit codes: 0 feasible, 1 hard violations or unplaced sections, 2 bad input."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = HelpText.PROBLEM)
    Path problemFile;

    @Parameters(index = "1", paramLabel = "SOLUTION", description = HelpText.SOLUTION)
    Path solutionFile;

    @Option(names = "--json", description = "Print one JSON object: feasible, hard, medium, unassigned, soft, "
            + "score, per-constraint totals, the ITC 2019 or UD2 totals where they apply, and the violations.")
    boolean json;

    @Option(names = "--summary", description = "Only the verdict and the per-rule totals, no violation list.")
    boolean summary;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Violations shown per rule (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--all", description = "Show every violation.")
    boolean all;

    @Option(names = "--bound", arity = "0..1", paramLabel = "DURATION", converter = DurationConverter.class,
            fallbackValue = BoundPrinter.DEFAULT_LIMIT, description = "Also prove a lower bound of the soft score with"
            + " CP-SAT within DURATION (default: " + BoundPrinter.DEFAULT_LIMIT + ") and print the gap to it.")
    Duration bound;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    @Option(names = "--from", paramLabel = "PREVIOUS", description = "Judge SOLUTION as a re-plan of this earlier"
            + " solution: adds the \"Moved section\" rule and lists what moved.")
    Path from;

    @Override
    public Integer call() {
        OptionRanges.atLeast(spec, "--limit", limit, 0);
        if (bound != null && json) {
            throw new ParameterException(spec.commandLine(), "--bound prints text and cannot be combined with --json");
        }
        PrintWriter out = spec.commandLine().getOut();
        Problem problem = Load.problem(problemFile, from == null ? Replan.NONE : Replan.from(from),
                ReadNotices.printTo(spec.commandLine().getErr())).problem();
        Judged judged = Load.judged(problem, solutionFile);
        Solution solution = judged.solution();
        Evaluation evaluation = judged.evaluation();
        List<Violation> lockConflicts = judged.lockConflicts();
        if (json) {
            out.println(EvaluationPrinter.json(evaluation, !summary));
        } else {
            out.println("Checked " + solutionFile + " against " + problemFile);
            EvaluationPrinter.printHeadline(evaluation, out);
            EvaluationPrinter.printTable(evaluation, out);
            if (!summary) {
                EvaluationPrinter.printViolations(evaluation, out, all ? Integer.MAX_VALUE : limit);
            }
            printLocks(solution, out);
            if (from != null) {
                ReplanOptions.print(TimetableDiff.of(solution), problem, out);
            }
            if (bound != null) {
                BoundPrinter.computeAndPrint(problem, bound, evaluation, solutionFile.toString(), out);
            }
        }
        out.flush();
        if (!lockConflicts.isEmpty()) {
            // The input contradicts itself: no timetable could keep these locks.
            spec.commandLine().getErr().println("skema: " + problemFile + ": locks: "
                    + LockConflicts.describe(lockConflicts));
            return ExitCode.BAD_INPUT;
        }
        return evaluation.feasible() ? ExitCode.OK : ExitCode.INFEASIBLE;
    }

    /** The problem's locks, and any that this solution does not keep. */
    private static void printLocks(Solution solution, PrintWriter out) {
        List<SectionLock> locks = solution.problem().locks();
        if (locks.isEmpty()) {
            return;
        }
        List<SectionLock> broken = locks.stream().filter(lock -> !kept(lock, solution.assignment(lock.section())))
                .toList();
        out.printf(Locale.ROOT, "%nLocks: %s; %d not kept by this solution%n", ReplanOptions.describeLocks(locks),
                broken.size());
        broken.forEach(lock -> out.println("    " + lock.section().id() + ": " + switch (lock.kind()) {
            case "time" -> "its time is locked";
            case "room" -> "its room is locked";
            default -> "its time and room are locked";
        } + " but this solution moves it"));
    }

    private static boolean kept(SectionLock lock, Assignment assignment) {
        return (!lock.locksTime() || lock.time().equals(assignment.time()))
                && (!lock.locksRoom() || lock.room().equals(assignment.room()));
    }
}
