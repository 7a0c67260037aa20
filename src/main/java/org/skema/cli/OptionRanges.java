package org.skema.cli;

import java.util.Locale;
import org.skema.solver.PortfolioSolver;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Range checks for numeric options: a value out of range is a usage error (exit 2), never an internal one. */
final class OptionRanges {
    private OptionRanges() {
    }

    static void atLeast(CommandSpec spec, String option, double value, double min) {
        if (!(value >= min)) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT, "%s must be at least %s, got %s",
                    option, number(min), number(value)));
        }
    }

    static void within(CommandSpec spec, String option, long value, long min, long max) {
        within(spec, option, value, min, max, null);
    }

    /** @param why where the maximum comes from, or null */
    static void within(CommandSpec spec, String option, long value, long min, long max, String why) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(), option + " must be " + min + " to " + max
                    + (why == null ? "" : " (" + why + ")") + ", got " + value);
        }
    }

    /** --workers: at most {@link PortfolioSolver#MAX_WORKERS}. */
    static void workers(CommandSpec spec, int workers) {
        within(spec, "--workers", workers, 1, PortfolioSolver.MAX_WORKERS,
                "twice this machine's " + Runtime.getRuntime().availableProcessors() + " cores");
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
