package org.skema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.skema.model.Calendar;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.DistributionType;
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

    /**
     * A problem that uses every feature a format has to carry: weights that are not the defaults,
     * rooms with and without buildings, features and unavailability, building-wide and single
     * travel times, internal and external teachers, two configs, parents, sections without rooms,
     * default and explicit room lists, shared and own time lists with penalties and week subsets,
     * one distribution of every type, curricula, a course with minimum days, students with groups
     * and fixed sections, and names that need escaping.
     */
    public static Problem everyFeature() {
        ProblemBuilder b = new ProblemBuilder("every \"feature\" ÆØÅ", CALENDAR)
                .weights(new ObjectiveWeights(2, 3, 4, 50, 6, 7, 2, false, 8, 9, 10, 11));
        Room aud = b.addRoom("AUD", "Auditorium \\ big", 120, "North", Set.of("video", "audio"),
                List.of(at(4, 12, 0, 240), new TimePattern(0b01, 0b00011, 96, 12)));
        Room r1 = b.addRoom("R1", null, 30, "North", Set.of(), List.of());
        Room r2 = b.addRoom("R2", "Lab 2", 24, "South", Set.of("lab", "video"), List.of());
        Room r3 = b.addRoom("R3", "Room without building", 0, null, Set.of(), List.of());
        Room w1 = b.addRoom("W1", "West 1", 40, "West", Set.of(), List.of());
        Room w2 = b.addRoom("W2", "West 2", 40, "West", Set.of("video"), List.of());
        b.setTravel(aud, r2, 4);
        b.setTravel(r1, r2, 4);
        b.setTravel(w1, aud, 2);
        b.setTravel(w1, w2, 1);
        b.setTravel(r3, r2, 3);
        Teacher t0 = b.addTeacher("T0", "Anna", Teacher.Kind.INTERNAL, List.of(at(4, 8, 0, 600)), List.of());
        Teacher t1 = b.addTeacher("T1", null, Teacher.Kind.INTERNAL, List.of(),
                List.of(new TimeOption(at(0, 8, 0, 240), 5), new TimeOption(at(2, 16, 0, 120), 1)));
        Teacher t2 = b.addTeacher("T2", "Dr. Ünal \"Ö\" Çelik", Teacher.Kind.EXTERNAL,
                List.of(new TimePattern(0b10, 0b11111, 96, 120)), List.of(new TimeOption(at(4, 14, 0, 180), 2)));

        Course c0 = b.addCourse("C0", "Contract law");
        Config c0main = b.addConfig(c0, "1");
        Subpart lecture = b.addSubpart(c0main, "L", "Lecture");
        Subpart exercise = b.addSubpart(c0main, "E", null);
        List<TimeOption> lectureTimes = List.of(
                new TimeOption(new TimePattern(ALL_WEEKS, 0b00101, 99, 21), 0),
                new TimeOption(new TimePattern(ALL_WEEKS, 0b01010, 99, 21), 2),
                new TimeOption(new TimePattern(0b01, 0b00101, 123, 21), 0));
        Section c0l = b.addSection(lecture, "C0-L", "Contract law, lecture", 100, null, List.of(t0, t2), true,
                Set.of("video"), lectureTimes, fitting(b, Set.of("video")));
        b.addSection(exercise, "C0-E1", null, 20, "C0-L", List.of(t1), true, Set.of(), grid(),
                List.of(new RoomOption(r2, 2), new RoomOption(r1, 0)));
        b.addSection(exercise, "C0-E2", null, 0, "C0-L", List.of(), true, Set.of(), grid(), fitting(b, Set.of()));
        Config c0online = b.addConfig(c0, "online");
        Subpart web = b.addSubpart(c0online, "W", "Web seminar");
        b.addSection(web, "C0-W", null, 200, null, List.of(t2), false, Set.of(),
                List.of(new TimeOption(at(4, 13, 0, 60), 0)), List.of());

        Course c1 = b.addCourse("C1", null, 2);
        Subpart only = b.addSubpart(b.addConfig(c1, "A"), "S", "Seminar");
        Section c1s = b.addSection(only, "C1-S", "Seminar", 25, null, List.of(t1), true, Set.of(), grid(),
                fitting(b, Set.of()).stream().map(option -> new RoomOption(option.room(),
                        option.room() == w1 ? 1 : 0)).toList());
        Section c1x = b.addSection(only, "C1-X", null, 25, null, List.of(), true, Set.of("lab"),
                List.of(new TimeOption(new TimePattern(0b10, 0b10000, 0, 288), 9),
                        new TimeOption(new TimePattern(ALL_WEEKS, 0b00001, 276, 12), 0)),
                List.of(new RoomOption(r2, 0)));

        List<Section> members = List.of(c0l, c1s, c1x);
        int i = 0;
        for (DistributionType type : DistributionType.values()) {
            int[] parameters = new int[type.parameterCount()];
            for (int p = 0; p < parameters.length; p++) {
                parameters[p] = 3 + p * 4;
            }
            List<Section> sections = i % 3 == 0 ? members : List.of(members.get(i % 3), members.get((i + 1) % 3));
            b.addDistribution(type, parameters, sections, i % 2 == 0, i % 2 == 0 ? 0 : i);
            i++;
        }
        b.addCurriculum("BA1-A", List.of(c0l, b.section("C0-E2"), c1s));
        b.addCurriculum("Q2", List.of(c1x));
        b.addStudent("S1", "BA1-A", List.of(c0, c1), List.of(b.section("C0-E2"), c1s));
        b.addStudent("S2", null, List.of(c1), List.of());
        b.addStudent("S3", "BA1-B", List.of(c0), List.of());
        return b.build();
    }

    /** The rooms a reader assumes when a section lists none: all rooms with the features, penalty 0. */
    private static List<RoomOption> fitting(ProblemBuilder b, Set<String> features) {
        return b.rooms().stream().filter(room -> room.features().containsAll(features))
                .map(room -> new RoomOption(room, 0)).toList();
    }
}
