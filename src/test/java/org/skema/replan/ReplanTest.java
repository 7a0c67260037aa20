package org.skema.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skema.ScenarioBuilder.MON;
import static org.skema.ScenarioBuilder.THU;
import static org.skema.ScenarioBuilder.h;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.ScenarioBuilder;
import org.skema.evaluate.Violation;
import org.skema.io.Formats;
import org.skema.io.InputException;
import org.skema.model.Assignment;
import org.skema.model.Baseline;
import org.skema.model.ModelException;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.SectionLock;
import org.skema.model.Solution;
import org.skema.model.Teacher;
import org.skema.sectioning.GreedySectioner;
import org.skema.evaluate.Evaluator;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;
import org.skema.solver.domain.TimetableMapper;

/** Locks from the previous timetable, locks that cannot hold, the start of a re-plan and its diff. */
class ReplanTest {
    private static final Path EXAMPLE = Path.of("datasets/example.json");
    private static final Path EXAMPLE_SOLUTION = Path.of("datasets/example-solution.json");

    @TempDir
    Path dir;

    private final Problem example = Formats.readProblem(EXAMPLE);
    private final Solution exampleSolution = Formats.readSolution(EXAMPLE_SOLUTION, example)
            .toSolution(new GreedySectioner());

    @Test
    void locksThatBreakHardRulesByThemselvesAreConflicts() {
        ScenarioBuilder s = new ScenarioBuilder();
        Room r1 = s.room("R1");
        Teacher t = s.teacher("T", List.of(s.at(THU, h(8), 48)), List.of());
        s.section("A").at(s.at(MON, h(8), 12)).in(r1);
        s.section("B").at(s.at(MON, h(8) + 6, 12)).in(r1);
        s.section("C").taughtBy(t).at(s.at(THU, h(9), 12)).in(r1);
        s.section("D").at(s.at(MON, h(10), 12)).in(r1);
        var scenario = s.build();
        Problem problem = scenario.problem();
        Section a = problem.section("A");
        Section b = problem.section("B");
        Section c = problem.section("C");
        Section d = problem.section("D");
        Problem consistent = problem.withLocks(List.of(new SectionLock(a, a.times().get(0), a.rooms().get(0)),
                new SectionLock(b, b.times().get(0), null), new SectionLock(d, d.times().get(0), d.rooms().get(0))));
        assertThat(LockConflicts.of(consistent, scenario.enrolments())).isEmpty();

        Problem clashing = consistent.withLocks(List.of(new SectionLock(b, b.times().get(0), b.rooms().get(0)),
                new SectionLock(c, c.times().get(0), null)));
        List<Violation> conflicts = LockConflicts.of(clashing, scenario.enrolments());
        assertThat(conflicts).extracting(Violation::rule)
                .containsExactlyInAnyOrder(Rule.ROOM_CONFLICT, Rule.TEACHER_UNAVAILABLE);
        assertThat(LockConflicts.describe(conflicts)).startsWith("2 lock conflict(s): the locks break hard rules by"
                + " themselves: ").contains("room R1 holds A").contains("teacher T is unavailable for C");
    }

    @Test
    void previousLocksKeepSectionsByIdTeacherAndCourseWhereTheyWere() {
        Baseline previous = Baseline.of(example, exampleSolution.assignments());
        PreviousLocks locks = PreviousLocks.of(example, previous, List.of("LAW1-L"), List.of("T3"), List.of("LAW2"));
        assertThat(locks.locks()).extracting(lock -> lock.section().id() + " " + lock.kind())
                .containsExactly("LAW1-L both", "LAW1-E2 both", "LAW2-L both", "LAW2-E1 both", "IT1-LAB both",
                        "IT1-WEB time");
        for (SectionLock lock : locks.locks()) {
            assertThat(lock.time()).isEqualTo(exampleSolution.assignment(lock.section()).time());
        }
        assertThat(locks.notes()).isEmpty();
        assertThatThrownBy(() -> PreviousLocks.of(example, previous, List.of(), List.of("T9"), List.of()))
                .isInstanceOf(ModelException.class).hasMessage("--lock-teacher: unknown teacher 'T9'");
    }

    @Test
    void aPreviousRoomThatIsGoneLeavesOnlyTheTimeLocked() {
        Section lab = example.section("IT1-LAB");
        Section web = example.section("IT1-WEB");
        Baseline previous = Baseline.of(example, List.of(
                new Baseline.Placement(lab, lab.times().get(0).pattern(), "GONE", null),
                new Baseline.Placement(web, null, null, null)), List.of());
        PreviousLocks locks = PreviousLocks.of(example, previous, List.of("IT1-LAB", "IT1-WEB", "LAW1-L"), List.of(),
                List.of());
        assertThat(locks.locks()).extracting(SectionLock::kind).containsExactly("time");
        assertThat(locks.notes()).containsExactly("LAW1-L had no time in the previous timetable: not locked",
                "IT1-LAB: its previous room GONE is gone or no longer allowed; only its time is locked",
                "IT1-WEB had no time in the previous timetable: not locked");
    }

    @Test
    void aReplanStartsWhereThePreviousTimetableStillHoldsAndTakesOutWhatBreaksHardRules() {
        Section e1 = example.section("LAW1-E1");
        Section e2 = example.section("LAW1-E2");
        Section lecture = example.section("LAW1-L");
        // Previously both exercise groups met in N-101 on Monday at 12:45; the lecture is no longer allowed at its time.
        Baseline previous = Baseline.of(example, List.of(
                new Baseline.Placement(e1, e1.times().get(0).pattern(), "N-101", example.room("N-101")),
                new Baseline.Placement(e2, e1.times().get(0).pattern(), "N-101", example.room("N-101")),
                new Baseline.Placement(lecture, new org.skema.model.TimePattern(1, 1, 0, 12), "N-AUD",
                        example.room("N-AUD"))), List.of("OLD"));
        Problem replanned = example.withPrevious(previous);
        Solution start = ReplanStart.of(replanned, exampleSolution.enrolments());
        assertThat(start.assignment(e1).hasTime()).isFalse();
        assertThat(start.assignment(e2).hasTime()).isFalse();
        assertThat(start.assignment(lecture).time()).isNull();
        assertThat(start.assignment(lecture).roomOrNull()).isSameAs(example.room("N-AUD")); // still allowed: kept
        assertThat(start.placedCount()).isZero();

        Problem locked = replanned.withLocks(List.of(new SectionLock(e1, e1.times().get(0), e1.rooms().get(0))));
        Solution lockedStart = ReplanStart.of(locked, exampleSolution.enrolments());
        assertThat(lockedStart.assignment(e1).time()).isEqualTo(e1.times().get(0));
        assertThat(lockedStart.assignment(e2).hasTime()).isFalse();
    }

    @Test
    void theDiffListsMovedSectionsWithTheirPeopleAndWritesSafeCsv() throws IOException {
        Problem replanned = example.withPrevious(Baseline.of(example.withPrevious(null),
                exampleSolution.assignments()));
        Section e1 = replanned.section("LAW1-E1");
        List<Assignment> now = new java.util.ArrayList<>(exampleSolution.assignments());
        now.set(e1.index(), new Assignment(e1, e1.times().get(2), e1.rooms().get(0)));
        Section web = replanned.section("IT1-WEB");
        now.set(web.index(), Assignment.unplaced(web));
        Solution solution = new Solution(replanned, now, exampleSolution.enrolments());
        TimetableDiff diff = TimetableDiff.of(solution);
        assertThat(diff.moved()).extracting(move -> move.section().id()).containsExactly("LAW1-E1", "IT1-WEB");
        assertThat(diff.moved().get(0).students()).containsExactly("S001", "S002");
        assertThat(diff.teachers()).containsExactly("T2", "T3");
        assertThat(diff.students()).containsExactly("S001", "S002", "S003", "S004", "S005");
        assertThat(diff.moved().get(1).students()).containsExactly("S003", "S004", "S005");
        assertThat(diff.added()).isEmpty();

        TimetableDiff withDropped = new TimetableDiff(diff.moved(), diff.added(), List.of("=HYPERLINK(1)"),
                diff.students(), diff.teachers());
        Path file = dir.resolve("diff.csv");
        DiffCsv.write(withDropped, replanned.calendar(), file, false);
        assertThat(Files.readAllLines(file)).containsExactly(
                String.join(",", DiffCsv.COLUMNS),
                "moved,LAW1-E1,LAW1,Mon 12:45-14:30 weeks 1-14,N-101,Wed 12:45-14:30 weeks 1-14,N-101,2,T2,S001 S002",
                "unplaced,IT1-WEB,IT1,\"Fri 13:00-14:00 weeks 3-7,9-14\",,,,3,T3,S003 S004 S005",
                "dropped,'=HYPERLINK(1),,,,,,,,");
        assertThatThrownBy(() -> DiffCsv.write(diff, replanned.calendar(), file, false))
                .hasMessageContaining("already exists");
    }

    @Test
    void aSectionThatEndsUnplacedIsUnplacedInTheDiffAndHasNoRoom() throws IOException {
        Problem replanned = example.withPrevious(Baseline.of(example.withPrevious(null),
                exampleSolution.assignments()));
        Section lecture = replanned.section("LAW2-L");
        // What a solve ends with for a section it could not place: no time, its room variable still set.
        Timetable timetable = TimetableMapper.toTimetable(replanned, exampleSolution.enrolments(), exampleSolution);
        PlannedSection planned = timetable.getSections().get(lecture.index());
        planned.setTime(null);
        assertThat(planned.getRoom()).isNotNull();
        Solution solution = TimetableMapper.toSolution(timetable, exampleSolution.enrolments());
        assertThat(solution.assignment(lecture).room()).isNull();
        assertThat(new Evaluator().evaluate(solution).medium()).isEqualTo(2); // no time, and so no room either

        Path file = dir.resolve("diff.csv");
        DiffCsv.write(TimetableDiff.of(solution), replanned.calendar(), file, false);
        assertThat(Files.readAllLines(file).get(1)).startsWith("unplaced,LAW2-L,LAW2,").contains(",N-AUD,,,");
        Path json = dir.resolve("solution.json");
        Formats.writeSolution(solution, java.util.Map.of(), json, false);
        String entry = Files.readAllLines(json).stream().filter(line -> line.contains("\"LAW2-L\"")).findFirst()
                .orElseThrow();
        assertThat(entry).contains("\"unplaced\": true").doesNotContain("room");
    }

    @Test
    void aPreviousSolutionIsMatchedToAChangedProblemById() throws IOException {
        Path previous = Files.writeString(dir.resolve("previous.json"), """
                {"format": "skema-solution", "version": 1, "problem": "an older name", "sections": [
                  {"id": "OLD-1", "days": "Mon", "start": "08:15", "end": "10:00"},
                  {"id": "LAW1-E1", "days": "Fri", "start": "14:00", "end": "15:45", "room": "N-101"},
                  {"id": "LAW1-E2", "days": "Tue", "start": "12:45", "room": "GONE"},
                  {"id": "LAW2-L", "unplaced": true}
                ]}
                """);
        Baseline baseline = Formats.readPrevious(previous, example);
        assertThat(baseline.dropped()).containsExactly("OLD-1");
        Baseline.Placement e1 = baseline.placement(example.section("LAW1-E1"));
        assertThat(e1.time()).isEqualTo(new org.skema.model.TimePattern(example.calendar().allWeeks(), 1 << 4,
                14 * 12, 21));
        assertThat(e1.room()).isSameAs(example.room("N-101"));
        Baseline.Placement e2 = baseline.placement(example.section("LAW1-E2"));
        assertThat(e2.time()).isEqualTo(example.section("LAW1-E2").times().get(1).pattern());
        assertThat(e2.roomId()).isEqualTo("GONE");
        assertThat(e2.room()).isNull();
        assertThat(baseline.placement(example.section("LAW2-L")).time()).isNull();
        assertThat(baseline.placement(example.section("IT1-LAB"))).isNull();
        assertThat(baseline.start(example.section("LAW1-E1")).time()).isNull();
        assertThat(baseline.start(example.section("LAW1-E1")).roomOrNull()).isSameAs(example.room("N-101"));

        Path unclear = Files.writeString(dir.resolve("unclear.json"), """
                {"format": "skema-solution", "version": 1, "sections": [{"id": "LAW1-E1", "days": "Fri", "start": "14:00"}]}
                """);
        assertThatThrownBy(() -> Formats.readPrevious(unclear, example)).isInstanceOf(InputException.class)
                .hasMessage(unclear + ":1: sections[0] (id \"LAW1-E1\"): the time of section LAW1-E1 is no longer"
                        + " allowed; its \"end\" is needed to tell where it was");
    }
}
