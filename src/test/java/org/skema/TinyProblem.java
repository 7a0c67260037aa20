package org.skema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.skema.model.Calendar;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Subpart;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/** Small hand-built problems for tests: 5 days, 2 weeks, 5-minute slots. */
public final class TinyProblem {
    public static final Calendar CALENDAR = new Calendar(2, 5, 288);
    public static final long ALL_WEEKS = 0b11;

    private TinyProblem() {
    }

    /** A time on one day (0 = Monday) from hh:mm for the given minutes, every week. */
    public static TimePattern at(int day, int hour, int minute, int minutes) {
        return new TimePattern(ALL_WEEKS, 1 << day, (hour * 60 + minute) / 5, minutes / 5);
    }

    /** The usual teaching grid: 08:15, 10:15, 12:15, 14:15 on every day, 105 minutes. */
    public static List<TimeOption> grid() {
        List<TimeOption> times = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            for (int hour : new int[] {8, 10, 12, 14}) {
                times.add(new TimeOption(at(day, hour, 15, 105), 0));
            }
        }
        return times;
    }

    /**
     * Random-ish but fixed problem: {@code courses} courses of one lecture and two exercise groups,
     * three rooms on two campuses, a few teachers, students taking two courses each.
     */
    public static Problem courses(int courses, ObjectiveWeights weights) {
        ProblemBuilder b = new ProblemBuilder("tiny", CALENDAR).weights(weights);
        Room big = b.addRoom("AUD", "Auditorium", 100, "North", Set.of(), List.of());
        Room small = b.addRoom("R1", "Room 1", 30, "North", Set.of(), List.of(at(0, 8, 0, 240)));
        Room far = b.addRoom("R2", "Room 2", 30, "South", Set.of(), List.of());
        b.setTravel(big, far, 4);
        b.setTravel(small, far, 4);
        List<Teacher> teachers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            teachers.add(b.addTeacher("T" + t, null, Teacher.Kind.INTERNAL,
                    t == 0 ? List.of(at(4, 8, 0, 600)) : List.of(),
                    t == 1 ? List.of(new TimeOption(at(0, 8, 0, 240), 5)) : List.of()));
        }
        List<Section> lectures = new ArrayList<>();
        for (int c = 0; c < courses; c++) {
            var course = b.addCourse("C" + c, "Course " + c);
            var config = b.addConfig(course, "1");
            Subpart lecture = b.addSubpart(config, "L", "Lecture");
            Subpart exercise = b.addSubpart(config, "E", "Exercise");
            List<TimeOption> lectureTimes = new ArrayList<>(grid());
            lectureTimes.set(0, new TimeOption(lectureTimes.get(0).pattern(), 3));
            Section l = b.addSection(lecture, "C" + c + "-L", null, 60, null, List.of(teachers.get(c % 3)), true,
                    Set.of(), lectureTimes, List.of(new RoomOption(big, 0)));
            lectures.add(l);
            for (int e = 0; e < 2; e++) {
                b.addSection(exercise, "C" + c + "-E" + e, null, 30, l.id(), List.of(teachers.get((c + e + 1) % 3)),
                        true, Set.of(), grid(), List.of(new RoomOption(small, 0), new RoomOption(far, 2)));
            }
        }
        if (courses >= 2) {
            b.addDistribution(org.skema.model.DistributionType.NOT_OVERLAP, new int[0], List.of(lectures.get(0),
                    lectures.get(1)), true, 0);
            b.addDistribution(org.skema.model.DistributionType.DIFFERENT_DAYS, new int[0], List.of(lectures.get(0),
                    lectures.get(1)), false, 7);
            b.addDistribution(org.skema.model.DistributionType.MAX_DAY_LOAD, new int[] {30}, List.of(lectures.get(0),
                    lectures.get(1)), false, 4);
        }
        for (int s = 0; s < 40; s++) {
            int first = s % courses;
            int second = (s * 7 + 3) % courses;
            List<org.skema.model.Course> taken = first == second ? List.of(b.course("C" + first))
                    : List.of(b.course("C" + first), b.course("C" + second));
            b.addStudent(String.format("S%03d", s), null, taken, List.of());
        }
        return b.build();
    }
}
