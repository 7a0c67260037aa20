package org.skema.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skema.ProblemAssert.assertSameProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.TinyProblem;
import org.skema.io.Formats;
import org.skema.io.bundle.BundleTable;
import org.skema.io.OutputException;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Section;
import org.skema.model.SectionLock;

class CsvBundleRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyFeatureSurvivesWriteAndRead() {
        Problem problem = TinyProblem.everyFeature();
        assertSameProblem(roundTrip(problem), problem);
    }

    @Test
    void tinyProblemSurvivesWriteAndRead() {
        Problem problem = TinyProblem.courses(6, ObjectiveWeights.faculty());
        assertSameProblem(roundTrip(problem), problem);
    }

    @Test
    void exampleJsonSurvivesTheTripThroughABundle() {
        Problem example = Formats.readProblem(Path.of("datasets/example.json"));
        assertSameProblem(roundTrip(example), example);
    }

    @Test
    void smallFacultySurvivesTheTripThroughABundle() {
        Problem faculty = Formats.readProblem(Path.of("datasets/faculty-small.json"));
        assertSameProblem(roundTrip(faculty), faculty);
    }

    @Test
    void exampleBundleIsTheExampleJson() {
        assertSameProblem(Formats.readProblem(Path.of("datasets/example-bundle")),
                Formats.readProblem(Path.of("datasets/example.json")));
    }

    @Test
    void writingIsStable() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertThat(Formats.writeProblem(TinyProblem.everyFeature(), first, false)).isEmpty();
        Formats.writeProblem(Formats.readProblem(first), second, false);
        for (BundleTable kind : BundleTable.values()) {
            assertThat(Files.readString(second.resolve(CsvBundle.fileName(kind))))
                    .as(CsvBundle.fileName(kind)).isEqualTo(Files.readString(first.resolve(CsvBundle.fileName(kind))));
        }
    }

    @Test
    void locksSurviveWriteAndRead() {
        Problem problem = TinyProblem.everyFeature();
        Section lecture = problem.section("C0-L");
        Section seminar = problem.section("C1-S");
        Section web = problem.section("C0-W");
        Problem locked = problem.withLocks(List.of(
                new SectionLock(lecture, lecture.times().get(2), lecture.rooms().get(0)),
                new SectionLock(seminar, null, seminar.rooms().get(1)),
                new SectionLock(web, web.times().get(0), null)));
        Path bundle = dir.resolve("locked");
        CsvBundle.writeProblem(locked, bundle, false);
        Problem read = CsvBundle.readProblem(bundle);
        assertSameProblem(read, problem);
        assertThat(read.locks()).extracting(l -> l.section().id() + " " + l.kind() + " "
                + (l.time() == null ? "-" : l.time().pattern()) + " " + (l.room() == null ? "-" : l.room().room().id()))
                .containsExactly(
                        "C0-L both " + lecture.times().get(2).pattern() + " AUD",
                        "C1-S room - " + seminar.rooms().get(1).room().id(),
                        "C0-W time " + web.times().get(0).pattern() + " -");
    }

    @Test
    void aFolderIsABundleAndAPathWithoutExtensionIsWrittenAsOne() {
        Path bundle = dir.resolve("new-bundle");
        Formats.requireProblemTarget(bundle, false);
        Formats.writeProblem(TinyProblem.everyFeature(), bundle, false);
        assertThat(bundle.resolve("sections.csv")).exists();
        assertThatThrownBy(() -> Formats.requireProblemTarget(bundle, false)).isInstanceOf(OutputException.class)
                .hasMessage(bundle + " already holds a bundle (calendar.csv); pass --force to overwrite it");
        Formats.requireProblemTarget(bundle, true);
        assertThat(Formats.writeProblem(TinyProblem.everyFeature(), bundle, true)).isEmpty();
    }

    @Test
    void semicolonsAndAByteOrderMarkAreRead() throws IOException {
        Path bundle = dir.resolve("excel");
        Formats.writeProblem(TinyProblem.everyFeature(), bundle, false);
        for (BundleTable kind : BundleTable.values()) {
            Path file = bundle.resolve(CsvBundle.fileName(kind));
            Files.writeString(file, asExcelWouldSaveIt(Files.readString(file)), StandardCharsets.UTF_8);
        }
        assertSameProblem(Formats.readProblem(bundle), TinyProblem.everyFeature());
    }

    /** What Excel in a Danish locale saves: semicolons, quotes only where needed, CRLF line ends, a BOM. */
    private static String asExcelWouldSaveIt(String text) throws IOException {
        StringBuilder out = new StringBuilder("\uFEFF");
        CSVFormat semicolons = CSVFormat.EXCEL.builder().setDelimiter(';').get();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT);
                CSVPrinter printer = new CSVPrinter(out, semicolons)) {
            for (CSVRecord record : parser) {
                printer.printRecord(record.toList());
            }
        }
        return out.toString();
    }

    private Problem roundTrip(Problem problem) {
        Path bundle = dir.resolve("bundle-" + System.nanoTime());
        assertThat(CsvBundle.writeProblem(problem, bundle, false)).as("losses").isEmpty();
        return CsvBundle.readProblem(bundle);
    }
}
