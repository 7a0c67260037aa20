package org.skema.io.itc2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skema.ProblemAssert.assertSameProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.skema.evaluate.Itc2019Score;
import org.skema.io.json.JsonFormat;
import org.skema.model.Distribution;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Rule;
import org.skema.model.SectioningRules;
import org.skema.sectioning.GreedySectioner;

/**
 * The 11 shared ITC 2019 instances: each starts with a UTF-8 byte order mark and a DOCTYPE naming
 * an external DTD (never fetched), reads with the sizes and weights listed in instances.csv, and
 * is sectioned by GreedySectioner without breaking a sectioning rule.
 */
class Itc2019InstancesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // name, courses, classes, rooms, students, required, soft distributions, weights time/room/distribution/student
        "bet-fal17,       353,  983, 62,  3018,  861, 390, 60, 1, 30,   6",
        "bet-sum18,        48,  127, 46,     0,  110,  34,  1, 1, 10,  10",
        "lums-spr18,      313,  487, 73,     0,  449,  69,  2, 1,  5,   0",
        "lums-sum17,       19,   20, 62,     0,    2,   0,  1, 1, 10,  10",
        "mary-spr17,      544,  882, 90,  3666, 3155, 796,  2, 1,  5,  10",
        "muni-fi-spr16,   228,  575, 35,  1543,  645,  95,  3, 1, 10,   5",
        "muni-fsps-spr17, 226,  561, 44,   865,  331,  69, 25, 1, 15, 100",
        "pu-cs-fal07,      44,  174, 13,  2002,   68,  34,  1, 1, 10,  10",
        // instances.csv lists 273 soft distributions: 3 have penalty 0 and are not kept
        "pu-d5-spr17,     212, 1061, 84, 13497, 1262, 270,  3, 1, 16,   8",
        "tg-fal17,         36,  711, 23,     0,  461,  42,  2, 1, 20,   0",
        "wbg-fal10,        21,  150,  7,    19,   56,  26,  1, 1, 10,  10",
    })
    void readsEveryInstanceAndSectionsItsStudents(String name, int courses, int classes, int rooms, int students,
            long required, long soft, int time, int room, int distribution, int student) throws IOException {
        Path file = Itc2019Data.instance(name);
        String head = new String(Arrays.copyOf(Files.readAllBytes(file), 200), StandardCharsets.UTF_8);
        assertThat(head).as("the file tests the BOM and the external DOCTYPE")
                .startsWith("\uFEFF<?xml").contains("<!DOCTYPE problem PUBLIC").contains("competition-format.dtd");

        Problem problem = Itc2019Data.problem(name);
        assertThat(problem.name()).isEqualTo(name);
        assertThat(problem.courses()).hasSize(courses);
        assertThat(problem.sections()).hasSize(classes);
        assertThat(problem.rooms()).hasSize(rooms);
        assertThat(problem.students()).hasSize(students);
        assertThat(problem.teachers()).isEmpty();
        assertThat(problem.distributions().stream().filter(Distribution::required).count()).isEqualTo(required);
        assertThat(problem.distributions().stream().filter(d -> !d.required()).count()).isEqualTo(soft);
        assertThat(problem.weights()).isEqualTo(ObjectiveWeights.itc2019(time, room, distribution, student));
        assertThat(Itc2019Score.appliesTo(problem)).isTrue();

        var enrolments = new GreedySectioner().section(problem);
        assertThat(SectioningRules.flaws(problem, enrolments)).as("sectioning flaws").isEmpty();
        assertThat(enrolments.stream().mapToInt(java.util.List::size).sum() > 0).isEqualTo(students > 0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tg-fal17", "muni-fsps-spr17", "wbg-fal10", "lums-sum17"})
    void writesAnInstanceBackUnchanged(String name) {
        Problem problem = Itc2019Data.problem(name);
        Path copy = dir.resolve(name + ".xml");
        assertThat(Itc2019ProblemWriter.write(problem, copy, false)).as("nothing left out").isEmpty();
        assertSameProblem(Itc2019ProblemReader.read(copy), problem);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tg-fal17", "muni-fsps-spr17"})
    void convertsAnInstanceToJsonAndBack(String name) {
        Problem problem = Itc2019Data.problem(name);
        Path json = dir.resolve(name + ".json");
        assertThat(JsonFormat.writeProblem(problem, json, false)).as("nothing left out").isEmpty();
        Problem fromJson = JsonFormat.readProblem(json);
        assertSameProblem(fromJson, problem);
        Path xml = dir.resolve(name + ".xml");
        Itc2019ProblemWriter.write(fromJson, xml, false);
        assertSameProblem(Itc2019ProblemReader.read(xml), problem);
    }

    @Test
    void roomCapacityIsInformationalAndClassLimitsAreHard() {
        Problem problem = Itc2019Data.problem("muni-fsps-spr17");
        assertThat(Rule.ROOM_CAPACITY.weight(problem.weights())).isZero();
        assertThat(Rule.CLASS_LIMIT.weight(problem.weights())).isOne();
        assertThat(Rule.SECTIONING_STRUCTURE.weight(problem.weights())).isOne();
    }
}
