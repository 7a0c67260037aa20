package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress lines read like the result they lead to. */
class ProgressPrinterTest {

    @Test
    void progressShowsTheSoftScoreWithTheResultsSignAndSaysWhatOpenMeans() {
        StringWriter text = new StringWriter();
        ProgressPrinter progress = new ProgressPrinter(new PrintWriter(text), false);
        progress.legend();
        progress.newBest(19_600, HardMediumSoftScore.of(0, -6, -8_111_497));
        progress.heartbeat(20_000, HardMediumSoftScore.of(0, -6, -8_111_497), 600_000);
        String[] lines = text.toString().split("\\R");
        assertThat(lines[0]).contains("open = decisions still to make");
        assertThat(lines[1]).isEqualTo("[  20.0s] best hard 0, open 6, soft -8111497 (found at 19.6s), 30,000 moves/s");
    }
}
