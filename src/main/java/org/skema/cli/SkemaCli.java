package org.skema.cli;

import java.io.PrintWriter;
import org.skema.bench.RunOutOfMemory;
import org.skema.io.InputException;
import org.skema.io.OutputException;
import org.skema.model.ModelException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/skema}. */
@Command(name = "skema", mixinStandardHelpOptions = true, versionProvider = SkemaVersion.class,
        description = "University course timetabling: solve, check, explain, export, generate, convert, benchmark, and keep the best of several solutions.",
        subcommands = {SolveCommand.class, CheckCommand.class, BoundCommand.class, ExplainCommand.class, ExportCommand.class,
                GenerateCommand.class, ConvertCommand.class, BenchCommand.class, BestCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done (feasible), 1 infeasible or unplaced sections, 2 bad input or usage,"
                + " 3 internal error or out of memory, 130 Ctrl-C and 143 SIGTERM (solve stops and still writes"
                + " the best timetable found).",
                "Memory: bin/skema lets the Java heap grow to 3/4 of the machine's memory; choose another size with"
                + " SKEMA_JAVA_OPTS, e.g. SKEMA_JAVA_OPTS=-Xmx8g bin/skema solve ... ('skema --version' shows it).",
                "Run 'skema COMMAND --help' for a command's options and examples."})
public final class SkemaCli {

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        OutOfMemory.handleInEveryThread(err);
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), err);
        } catch (OutOfMemoryError error) {
            code = OutOfMemory.report(err);
        }
        if (!Shutdown.inProgress()) {
            System.exit(code);
        }
    }

    /**
     * Runs a command line with the given output streams and returns the exit code; used by tests too.
     * Control characters are escaped on both streams ({@link ControlEscapingWriter}).
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SkemaCli());
        commandLine.setOut(new PrintWriter(new ControlEscapingWriter(out), true));
        commandLine.setErr(new PrintWriter(new ControlEscapingWriter(err), true));
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose");
            if (OutOfMemory.causedBy(exception)) {
                return OutOfMemory.report(cmd.getErr());
            }
            if (exception instanceof RunOutOfMemory) {
                cmd.getErr().println("skema: " + exception.getMessage());
                return ExitCode.INTERNAL_ERROR;
            }
            if (exception instanceof InputException || exception instanceof ModelException
                    || exception instanceof OutputException) {
                cmd.getErr().println("skema: " + exception.getMessage());
                if (verbose) {
                    exception.printStackTrace(cmd.getErr());
                }
                return ExitCode.BAD_INPUT;
            }
            cmd.getErr().println("skema: internal error: " + exception
                    + (verbose ? "" : " (run again with --verbose for the stack trace)"));
            if (verbose) {
                exception.printStackTrace(cmd.getErr());
            }
            return ExitCode.INTERNAL_ERROR;
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine cmd = exception.getCommandLine();
            cmd.getErr().println("skema: " + exception.getMessage() + " (see '"
                    + cmd.getCommandSpec().qualifiedName() + " --help')");
            return ExitCode.BAD_INPUT;
        });
        return commandLine.execute(args);
    }
}
