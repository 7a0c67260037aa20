package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command's --help reads well at 80 columns and says the same things the same way. */
class HelpTextTest {
    private static final List<String> COMMANDS = List.of("solve", "check", "bound", "best", "explain", "export",
            "convert", "generate", "bench");

    @Test
    void examplesAreNeverWrappedInTheMiddleOfAnArgumentAndTheSynopsisNeverInsideAnOption() {
        for (String command : COMMANDS) {
            String help = CliRun.of(command, "--help").out();
            List<String> lines = help.lines().toList();
            assertThat(lines).as(command).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
            int examples = lines.indexOf("Examples:");
            assertThat(examples).as(command).isPositive();
            for (String line : lines.subList(examples + 1, lines.size())) {
                if (line.isEmpty()) {
                    break;
                }
                assertThat(line).as(command + ": an example or its indented continuation").matches("  skema .*|    .*");
            }
            for (String line : lines.subList(0, lines.indexOf(lines.stream().filter(l -> !l.startsWith("Usage")
                    && !l.startsWith(" ")).findFirst().orElseThrow()))) {
                assertThat(line.chars().filter(c -> c == '[').count()).as(command + " synopsis: " + line)
                        .isEqualTo(line.chars().filter(c -> c == ']').count());
            }
        }
    }

    @Test
    void placeholdersAreWrittenOneWayAndEveryProblemArgumentListsBundlesAndWorkbooks() {
        for (String command : COMMANDS) {
            String help = CliRun.of(command, "--help").out();
            assertThat(help).as(command).doesNotContainPattern("<[a-z]+>");
        }
        for (String command : List.of("solve", "check", "explain", "export", "convert")) {
            String help = CliRun.of(command, "--help").out().replaceAll("\\s+", " ");
            assertThat(help).as(command).contains("Excel workbook .xlsx").contains("CSV bundle folder")
                    .contains("ITC 2007 .ctt");
        }
    }
}
