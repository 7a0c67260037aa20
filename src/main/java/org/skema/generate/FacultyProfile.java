package org.skema.generate;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Every knob of a generated faculty. {@link #full()} is the law faculty the project is built for
 * (see the faculty profile notes); {@link #small()} is about a tenth of it, for tests.
 *
 * @param name                       the problem's name
 * @param weeks                      teaching weeks in the semester (Monday to Friday)
 * @param cohorts                    bachelor year cohorts
 * @param classGroupsPerCohort       fixed class groups ("hold") per cohort
 * @param minGroupSize               fewest students in a class group or exercise group
 * @param maxGroupSize               most students in a class group or exercise group
 * @param minStreams                 fewest parallel lecture streams per cohort (more when no room is big enough)
 * @param maxStreams                 most parallel lecture streams per cohort
 * @param minCoursesPerCohort        fewest compulsory courses per cohort
 * @param maxCoursesPerCohort        most compulsory courses per cohort
 * @param twoExerciseMeetingsShare   share of bachelor courses whose exercise classes meet twice a week
 * @param masterStudents             master students
 * @param electives                  master electives
 * @param minElectivesPerStudent     fewest electives a master student takes
 * @param maxElectivesPerStudent     most electives a master student takes
 * @param minElectiveSize            fewest students in an elective
 * @param maxElectiveSize            most students in an elective
 * @param popularitySkew             Zipf exponent of elective popularity (0 = all equally popular)
 * @param electiveGroupThreshold     electives with more students than this may get exercise groups
 * @param internalTeachers           internal teachers (lectures and electives)
 * @param externalTeachers           external teachers (exercise classes)
 * @param mainCampus                 rooms on the main campus
 * @param secondCampus               rooms on the second campus
 * @param travelMinutes              travel time between the campuses
 * @param halfSemesterShare          share of courses whose exercises, and of electives, that run only half the weeks
 */
public record FacultyProfile(
        String name,
        int weeks,
        int cohorts,
        int classGroupsPerCohort,
        int minGroupSize,
        int maxGroupSize,
        int minStreams,
        int maxStreams,
        int minCoursesPerCohort,
        int maxCoursesPerCohort,
        double twoExerciseMeetingsShare,
        int masterStudents,
        int electives,
        int minElectivesPerStudent,
        int maxElectivesPerStudent,
        int minElectiveSize,
        int maxElectiveSize,
        double popularitySkew,
        int electiveGroupThreshold,
        int internalTeachers,
        int externalTeachers,
        CampusRooms mainCampus,
        CampusRooms secondCampus,
        int travelMinutes,
        double halfSemesterShare) {

    /**
     * The rooms of one campus.
     *
     * @param name        building name shown on every room
     * @param code        prefix of the room ids
     * @param auditoria   seats of each auditorium
     * @param lectureRooms how many lecture rooms; their seats spread evenly over the range
     * @param classRooms  how many class rooms; their seats are drawn from the range
     */
    public record CampusRooms(String name, String code, List<Integer> auditoria, int lectureRooms, int minLectureSeats,
            int maxLectureSeats, int classRooms, int minClassSeats, int maxClassSeats) {
        public CampusRooms {
            auditoria = List.copyOf(auditoria);
            require(lectureRooms >= 0 && classRooms >= 0, "room counts must not be negative");
            require(0 < minLectureSeats && minLectureSeats <= maxLectureSeats, "lecture room seats need 0 < min <= max");
            require(0 < minClassSeats && minClassSeats <= maxClassSeats, "class room seats need 0 < min <= max");
            require(auditoria.stream().allMatch(seats -> seats > 0), "auditoria need seats");
        }

        int roomCount() {
            return auditoria.size() + lectureRooms + classRooms;
        }

        int largestRoom() {
            int largest = auditoria.stream().mapToInt(Integer::intValue).max().orElse(0);
            largest = Math.max(largest, lectureRooms > 0 ? maxLectureSeats : 0);
            return Math.max(largest, classRooms > 0 ? maxClassSeats : 0);
        }
    }

    public FacultyProfile {
        require(name != null && !name.isBlank(), "a profile needs a name");
        require(weeks >= 2 && weeks <= 64, "weeks must be 2..64 (half-semester teaching needs two halves)");
        require(cohorts >= 1 && classGroupsPerCohort >= 1, "there must be at least one cohort with one class group");
        require(0 < minGroupSize && minGroupSize <= maxGroupSize, "group sizes need 0 < min <= max");
        require(1 <= minStreams && minStreams <= maxStreams, "streams need 1 <= min <= max");
        require(1 <= minCoursesPerCohort && minCoursesPerCohort <= maxCoursesPerCohort, "courses need 1 <= min <= max");
        require(share(twoExerciseMeetingsShare) && share(halfSemesterShare) && popularitySkew >= 0,
                "shares must be between 0 and 1 and the skew must not be negative");
        require(masterStudents >= 0 && electives >= 0, "master counts must not be negative");
        require(1 <= minElectivesPerStudent && minElectivesPerStudent <= maxElectivesPerStudent
                && maxElectivesPerStudent <= Math.max(1, electives), "electives per student need 1 <= min <= max <= electives");
        require(0 < minElectiveSize && minElectiveSize <= maxElectiveSize, "elective sizes need 0 < min <= max");
        // Students must fit into the electives with some seats to spare, or late choosers would have to clash.
        require((long) masterStudents * (minElectivesPerStudent + maxElectivesPerStudent) / 2
                <= (long) electives * maxElectiveSize * 9 / 10, "the electives cannot seat the master students");
        require((long) electives * minElectiveSize <= (long) masterStudents * minElectivesPerStudent,
                "there are too few master students to fill every elective to its minimum");
        require(internalTeachers >= 1 && externalTeachers >= 0, "there must be at least one internal teacher");
        require(mainCampus != null && secondCampus != null, "both campuses must be described");
        require(Math.max(mainCampus.largestRoom(), secondCampus.largestRoom()) >= Math.max(maxElectiveSize, maxGroupSize),
                "no room seats the largest elective or group");
        require(travelMinutes >= 0 && travelMinutes % 5 == 0, "travel minutes must be a multiple of 5");
    }

    /** The target faculty: about 4,500 students, 105 internal and 500 external teachers, 80 rooms. */
    public static FacultyProfile full() {
        return new FacultyProfile("faculty", 14, 3, 26, 25, 30, 2, 3, 3, 4, 0.7, 2400, 175, 3, 4, 15, 150, 0.7, 60,
                105, 500,
                new CampusRooms("Main campus", "A", List.of(450, 400, 360, 300, 260), 11, 60, 150, 40, 24, 40),
                new CampusRooms("City campus", "B", List.of(320, 220), 5, 60, 120, 17, 24, 40),
                20, 0.12);
    }

    /** About a tenth of the faculty in students, sections, teachers and rooms, for fast tests. */
    public static FacultyProfile small() {
        return new FacultyProfile("faculty-small", 14, 3, 3, 25, 30, 1, 1, 3, 4, 0.7, 240, 18, 3, 4, 15, 90, 0.7, 60,
                11, 50,
                new CampusRooms("Main campus", "A", List.of(220), 2, 60, 120, 4, 24, 40),
                new CampusRooms("City campus", "B", List.of(), 1, 60, 100, 2, 24, 40),
                20, 0.12);
    }

    /**
     * A whole university as one big faculty: twelve times the bachelor cohorts and about six
     * times the master students of {@link #full()} (about 40,000 students and 9,000 sections),
     * 6,050 teachers and 600 rooms on two campuses. For scale benchmarks; the file is too big to keep.
     */
    public static FacultyProfile university() {
        return new FacultyProfile("university", 14, 36, 26, 25, 30, 2, 3, 3, 4, 0.7, 14300, 1400, 3, 4, 15, 150, 0.7,
                60, 1050, 5000,
                new CampusRooms("Main campus", "A", auditoria(List.of(450, 400, 360, 300, 260), 24), 80, 60, 150, 290,
                        24, 40),
                new CampusRooms("City campus", "B", auditoria(List.of(320, 220), 16), 40, 60, 120, 150, 24, 40),
                20, 0.12);
    }

    /** {@code count} auditoria whose seats repeat the given sizes. */
    private static List<Integer> auditoria(List<Integer> sizes, int count) {
        return IntStream.range(0, count).mapToObj(i -> sizes.get(i % sizes.size())).toList();
    }

    int travelSlots() {
        return travelMinutes / 5;
    }

    private static boolean share(double value) {
        return value >= 0 && value <= 1;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
