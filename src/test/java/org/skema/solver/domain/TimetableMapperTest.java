package org.skema.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skema.ScenarioBuilder.MON;
import static org.skema.ScenarioBuilder.TUE;
import static org.skema.ScenarioBuilder.h;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skema.ScenarioBuilder;
import org.skema.model.Assignment;
import org.skema.model.Calendar;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.solver.SolveOptions;
import org.skema.solver.StageConfigs;

class TimetableMapperTest {
    private static final Calendar CALENDAR = ScenarioBuilder.TWO_WEEKS;
    private final ScenarioBuilder times = new ScenarioBuilder();
    private final TimeOption monday = new TimeOption(times.at(MON, h(8), 12), 0);
    private final TimeOption tuesday = new TimeOption(times.at(TUE, h(8), 12), 0);

    private Problem problem;
    private Section section;
    private RoomOption small;
    private RoomOption big;

    TimetableMapperTest() {
        ProblemBuilder b = new ProblemBuilder("mapper", CALENDAR).weights(ObjectiveWeights.faculty());
        Room smallRoom = b.addRoom("SMALL", null, 1, "", Set.of(), List.of());
        Room bigRoom = b.addRoom("BIG", null, 50, "", Set.of(), List.of());
        Teacher teacher = b.addTeacher("T", null, Teacher.Kind.INTERNAL, List.of(monday.pattern()), List.of());
        var course = b.addCourse("C", null);
        var subpart = b.addSubpart(b.addConfig(course, "1"), "L", null);
        small = new RoomOption(smallRoom, 0);
        big = new RoomOption(bigRoom, 0);
        b.addSection(subpart, "A", null, 10, null, List.of(teacher), true, Set.of(), List.of(monday, tuesday),
                List.of(small, big));
        b.addStudent("S1", null, List.of(course), List.of());
        b.addStudent("S2", null, List.of(course), List.of());
        problem = b.build();
        section = problem.section("A");
    }

    private Enrolments enrolments() {
        return Enrolments.of(List.of(List.of(section), List.of(section)));
    }

    @Test
    void rangesLeaveOutUnavailableTimesAndTooSmallRooms() {
        PlannedSection planned = TimetableMapper.toTimetable(problem, enrolments(), null).getSections().get(0);
        assertThat(planned.getTimeRange()).containsExactly(tuesday);
        assertThat(planned.getRoomRange()).containsExactly(big);
    }

    /** A given timetable may break the hard rules; Timefold must still accept and score it. */
    @Test
    void aStartSolutionKeepsItsOwnTimeAndRoomInTheRanges() {
        Solution start = new Solution(problem, List.of(new Assignment(section, monday, small)), enrolments());
        Timetable timetable = TimetableMapper.toTimetable(problem, enrolments(), start);
        PlannedSection planned = timetable.getSections().get(0);
        assertThat(planned.getTimeRange()).containsExactly(monday, tuesday);
        assertThat(planned.getRoomRange()).containsExactly(small, big);

        SolutionManager<Timetable, HardMediumSoftScore> scorer = SolutionManager.create(SolverFactory.create(
                StageConfigs.base(new SolveOptions(null, 1L, null, 0, EnvironmentMode.PHASE_ASSERT))));
        // teacher unavailable + room too small
        assertThat(scorer.update(timetable)).isEqualTo(HardMediumSoftScore.ofHard(-2));
    }
}
