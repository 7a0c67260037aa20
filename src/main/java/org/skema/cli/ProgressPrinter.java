package org.skema.cli;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.io.PrintWriter;
import java.util.Locale;
import org.skema.solver.SolverProgress;

/**
 * Shows solving progress on stderr: on a terminal one line rewritten in place, otherwise a plain
 * line at every heartbeat (every few seconds), so logs stay readable.
 */
final class ProgressPrinter implements SolverProgress {
    private final PrintWriter err;
    private final boolean terminal;
    private volatile HardMediumSoftScore best;
    private volatile long bestMillis;

    ProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Says once what the progress lines mean. */
    void legend() {
        err.println(ScoreText.LEGEND);
        err.flush();
    }

    @Override
    public void newBest(long millisSpent, HardMediumSoftScore score) {
        best = score;
        bestMillis = millisSpent;
        if (terminal) {
            err.print("\r" + line(millisSpent, score, -1) + "   ");
            err.flush();
        }
    }

    @Override
    public void heartbeat(long millisSpent, HardMediumSoftScore bestScore, long moveEvaluationCount) {
        HardMediumSoftScore shown = best != null ? best : bestScore;
        long speed = millisSpent <= 0 ? 0 : moveEvaluationCount * 1000 / millisSpent;
        String line = line(millisSpent, shown, speed);
        if (terminal) {
            err.print("\r" + line + "   ");
        } else {
            err.println(line);
        }
        err.flush();
    }

    void finish() {
        if (terminal) {
            err.println();
        }
    }

    private String line(long millis, HardMediumSoftScore score, long speed) {
        String text = String.format(Locale.ROOT, "[%6.1fs] best %s", millis / 1000.0,
                score == null ? "(none yet)" : ScoreText.of(score));
        if (best != null) {
            text += String.format(Locale.ROOT, " (found at %.1fs)", bestMillis / 1000.0);
        }
        if (speed >= 0) {
            text += String.format(Locale.ROOT, ", %,d moves/s", speed);
        }
        return text;
    }
}
