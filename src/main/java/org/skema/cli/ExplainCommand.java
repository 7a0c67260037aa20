package org.skema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skema.app.Load;
import org.skema.explain.Explainer;
import org.skema.io.InputException;
import org.skema.model.Problem;
import org.skema.model.Section;
import org.skema.model.Student;
import org.skema.model.Teacher;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Explains a solution from the Evaluator: totals and worst offenders, or one section, teacher or student. */
@Command(name = "explain", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        description = "Explain a timetable: the penalty per rule and the worst sections, teachers and students; "
                + "or where one section sits, what it breaks and how the score would change at every other allowed "
                + "time and room (with the hard rules that block each option); or a teacher's or student's week.",
        footer = {"", "Examples:",
                "  skema explain datasets/faculty.json out/faculty-solution.json",
                "  skema explain datasets/faculty.json out/faculty-solution.json \\",
                "      --section BA1-01-L1.1",
                "  skema explain datasets/faculty.json out/faculty-solution.json \\",
                "      --teacher T017 --json",
                "", "Exit codes: 0 feasible, 1 hard violations or unplaced sections, 2 bad input",
                "or unknown id."})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = HelpText.PROBLEM)
    Path problemFile;

    @Parameters(index = "1", paramLabel = "SOLUTION", description = HelpText.SOLUTION)
    Path solutionFile;

    @ArgGroup(exclusive = true)
    Target target;

    static final class Target {
        @Option(names = "--section", paramLabel = "ID", description = "Explain one section and score its alternatives.")
        String section;

        @Option(names = "--teacher", paramLabel = "ID", description = "Show a teacher's week and violations.")
        String teacher;

        @Option(names = "--student", paramLabel = "ID", description = "Show a student's week and violations.")
        String student;
    }

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Offenders, alternatives or violations shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        OptionRanges.atLeast(spec, "--limit", limit, 0);
        PrintWriter out = spec.commandLine().getOut();
        Problem problem = Load.problem(problemFile, ReadNotices.printTo(spec.commandLine().getErr()));
        Explainer explainer = new Explainer(Load.judged(problem, solutionFile).evaluation());
        ExplanationPrinter printer = new ExplanationPrinter(out, problem, limit);
        if (target == null) {
            printer.overview(explainer.overview(limit), json);
        } else if (target.section != null) {
            Section section = problem.section(target.section);
            if (section == null) {
                throw unknown("section", target.section);
            }
            printer.section(explainer.section(section), json);
        } else if (target.teacher != null) {
            Teacher teacher = problem.teacher(target.teacher);
            if (teacher == null) {
                throw unknown("teacher", target.teacher);
            }
            printer.person(explainer.teacher(teacher), json);
        } else {
            Student student = problem.student(target.student);
            if (student == null) {
                throw unknown("student", target.student);
            }
            printer.person(explainer.student(student), json);
        }
        out.flush();
        return explainer.evaluation().feasible() ? ExitCode.OK : ExitCode.INFEASIBLE;
    }

    private InputException unknown(String kind, String id) {
        return new InputException(problemFile.toString(), 0, null, "no " + kind + " with id '" + id + "'");
    }
}
