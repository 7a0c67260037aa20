package org.skema.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.explain.Headline;
import org.skema.export.CsvExport;
import org.skema.export.IcsExport;
import org.skema.io.OutputException;
import org.skema.model.Problem;
import org.skema.model.Rule;

/** The stages every command runs through: load, judge, publish. */
class PipelineTest {
    private static final Path PROBLEM = Path.of("datasets/example.json");
    private static final Path SOLUTION = Path.of("datasets/example-solution.json");

    @TempDir
    Path dir;

    @Test
    void loadJudgesASolutionFileAsItsStoredScoreSays() {
        Problem problem = Load.problem(PROBLEM, notice -> { });
        Judged judged = Load.judged(problem, SOLUTION);
        assertThat(judged.evaluation().scoreText()).isEqualTo("0hard/0medium/-4602soft");
        assertThat(judged.lockConflicts()).isEmpty();
    }

    @Test
    void theHeadlineNamesAHardRuleBeforeAnyCostlierSoftOne() throws IOException {
        Problem problem = Load.problem(PROBLEM, notice -> { });
        Headline feasible = Headline.of(Load.judged(problem, SOLUTION).evaluation());
        assertThat(feasible.placed()).isEqualTo(7);
        assertThat(feasible.hard()).isZero();
        assertThat(feasible.worstRule().level()).isEqualTo(Rule.Level.SOFT);

        // Both lectures of LAW1 and LAW2 in the same auditorium at the same time: one room conflict.
        Path clash = dir.resolve("clash.json");
        Files.writeString(clash, Files.readString(SOLUTION).replace(
                "{\"id\": \"LAW2-L\", \"days\": \"Tue,Thu\"", "{\"id\": \"LAW2-L\", \"days\": \"Mon,Wed\""));
        Headline broken = Headline.of(Load.judged(problem, clash).evaluation());
        assertThat(broken.hard()).isPositive();
        assertThat(broken.worstRule().level()).isEqualTo(Rule.Level.HARD);
    }

    @Test
    void publishWritesOnlyTheChosenViews() {
        Problem problem = Load.problem(PROBLEM, notice -> { });
        Publication publication = publication(EnumSet.of(Publication.Part.CSV, Publication.Part.HTML));
        publication.requireUsable();
        List<Published> written = Publisher.publish(Load.judged(problem, SOLUTION), publication);
        assertThat(written).extracting(Published::part).containsExactly(Publication.Part.CSV, Publication.Part.HTML);
        assertThat(dir.resolve("pub/meetings.csv")).exists();
        assertThat(dir.resolve("pub/report.html")).exists();
        assertThat(dir.resolve("pub/timetable.xlsx")).doesNotExist();
        assertThat(dir.resolve("pub/calendars")).doesNotExist();
    }

    @Test
    void aPublicationIntoAFileIsRefusedBeforeAnyWork() throws IOException {
        Files.writeString(dir.resolve("pub"), "a file");
        assertThatThrownBy(() -> publication(EnumSet.noneOf(Publication.Part.class)).requireUsable())
                .isInstanceOf(OutputException.class).hasMessageContaining("is a file, not a folder");
    }

    private Publication publication(EnumSet<Publication.Part> parts) {
        return new Publication(dir.resolve("pub"), parts,
                new IcsExport.Options(LocalDate.of(2026, 9, 7), ZoneId.of("Europe/Copenhagen")),
                new CsvExport.Options(false, false), false);
    }
}
