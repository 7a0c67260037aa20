package org.skema.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.skema.model.DistributionType;
import org.skema.model.TimeOption;

/**
 * The bachelor cohorts: fixed class groups of 25-30 students, parallel lecture streams sized to the
 * auditoria, and per compulsory course two lectures a week per stream and one exercise class per
 * class group. A class group belongs to one stream for all its courses, and its week is clash-free
 * by a required rule.
 */
final class BachelorProgramme {
    private static final List<List<String>> COURSE_NAMES = List.of(
            List.of("Legal Method", "Constitutional Law", "Law of Contract", "Family and Inheritance Law", "Legal History"),
            List.of("Law of Property", "Criminal Law", "Administrative Law", "Law of Torts", "Legal Philosophy"),
            List.of("EU Law", "Civil Procedure", "Tax Law", "Company Law", "Public International Law"));
    private static final double VIDEO_SHARE = 0.4;
    private static final double MOVABLE_TABLES_SHARE = 0.12;
    /** Planting keeps afternoons for the external teachers, most of whom come after 14:00. */
    private static final int AFTERNOON_LECTURE_COST = 3;
    /** Per weekday: a first lecture early in the week leaves the days after it for the classes that follow it. */
    static final int EARLY_WEEK_COST = 2;
    static final int PRECEDENCE_PENALTY = 2;
    static final int SAME_ROOM_PENALTY = 1;

    /** Lecture streams (internal teachers) and exercise classes (mostly external), as units to staff. */
    record Teaching(List<TeachingUnit> lectures, List<TeachingUnit> exercises) {
    }

    private final FacultyProfile profile;
    private final TeachingGrid grid;
    private final RoomCatalog rooms;
    private final Blueprint plan;
    private final Random random;
    private final List<TeachingUnit> lectures = new ArrayList<>();
    private final List<TeachingUnit> exercises = new ArrayList<>();

    private BachelorProgramme(FacultyProfile profile, TeachingGrid grid, RoomCatalog rooms, Blueprint plan,
            Random random) {
        this.profile = profile;
        this.grid = grid;
        this.rooms = rooms;
        this.plan = plan;
        this.random = random;
    }

    static Teaching generate(FacultyProfile profile, TeachingGrid grid, RoomCatalog rooms, Blueprint plan,
            Random random) {
        BachelorProgramme programme = new BachelorProgramme(profile, grid, rooms, plan, random);
        for (int cohort = 1; cohort <= profile.cohorts(); cohort++) {
            programme.cohort(cohort);
        }
        return new Teaching(List.copyOf(programme.lectures), List.copyOf(programme.exercises));
    }

    /** One year cohort: its groups, streams, courses, rules and students. */
    private void cohort(int number) {
        String code = "BA" + number;
        int groups = profile.classGroupsPerCohort();
        int[] sizes = new int[groups];
        for (int g = 0; g < groups; g++) {
            sizes[g] = profile.minGroupSize() + random.nextInt(profile.maxGroupSize() - profile.minGroupSize() + 1);
        }
        int streams = streams(sizes);
        int[] streamOf = new int[groups];
        int[] streamSize = new int[streams];
        Audience[] streamAudience = new Audience[streams];
        for (int s = 0; s < streams; s++) {
            streamAudience[s] = new Audience(code + "-S" + (s + 1), null);
        }
        Audience[] groupAudience = new Audience[groups];
        for (int g = 0; g < groups; g++) {
            // Contiguous, even split: groups 1-9 in stream 1, 10-17 in stream 2, ...
            streamOf[g] = (int) ((long) g * streams / groups);
            streamSize[streamOf[g]] += sizes[g];
            groupAudience[g] = new Audience(groupLabel(code, g), streamAudience[streamOf[g]]);
        }
        List<List<SectionPlan>> streamLectures = new ArrayList<>();
        for (int s = 0; s < streams; s++) {
            streamLectures.add(new ArrayList<>());
        }
        List<List<SectionPlan>> groupExercises = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            groupExercises.add(new ArrayList<>());
        }
        int courseCount = profile.minCoursesPerCohort()
                + random.nextInt(profile.maxCoursesPerCohort() - profile.minCoursesPerCohort() + 1);
        List<String> names = COURSE_NAMES.get((number - 1) % COURSE_NAMES.size());
        List<CoursePlan> courses = new ArrayList<>();
        for (int k = 0; k < courseCount; k++) {
            String name = names.get(k % names.size()) + (k < names.size() ? "" : " " + (k / names.size() + 1));
            CoursePlan course = new CoursePlan(String.format(Locale.ROOT, "%s-%02d", code, k + 1), name);
            plan.courses.add(course);
            courses.add(course);
            SectionPlan[] firstLecture = lectures(course, streamSize, streamAudience, streamLectures);
            exerciseClasses(course, code, sizes, streamOf, groupAudience, firstLecture, groupExercises);
        }
        for (int g = 0; g < groups; g++) {
            List<SectionPlan> week = new ArrayList<>(streamLectures.get(streamOf[g]));
            week.addAll(groupExercises.get(g));
            // SameAttendees rather than NotOverlap: a class group also needs the time to change campus.
            plan.distributions.add(DistributionPlan.required(DistributionType.SAME_ATTENDEES, week));
            for (int i = 0; i < sizes[g]; i++) {
                StudentPlan student = plan.newStudent(groupLabel(code, g));
                student.courses.addAll(courses);
                student.sections.addAll(week);
            }
        }
    }

    private static String groupLabel(String cohort, int group) {
        return String.format(Locale.ROOT, "%s-H%02d", cohort, group + 1);
    }

    /** A random number of streams in the profile's range, raised until enough rooms seat each stream. */
    private int streams(int[] sizes) {
        int streams = profile.minStreams() + random.nextInt(profile.maxStreams() - profile.minStreams() + 1);
        streams = Math.min(streams, sizes.length);
        while (streams < sizes.length && rooms.seating(largestStream(sizes, streams), List.of()) < RoomCatalog.MIN_OPTIONS) {
            streams++;
        }
        return streams;
    }

    private static int largestStream(int[] sizes, int streams) {
        int[] total = new int[streams];
        int largest = 0;
        for (int g = 0; g < sizes.length; g++) {
            int s = (int) ((long) g * streams / sizes.length);
            total[s] += sizes[g];
            largest = Math.max(largest, total[s]);
        }
        return largest;
    }

    /** Two weekly lectures per stream, on different days; returns each stream's first lecture. */
    private SectionPlan[] lectures(CoursePlan course, int[] streamSize, Audience[] audiences,
            List<List<SectionPlan>> streamLectures) {
        boolean video = random.nextDouble() < VIDEO_SHARE;
        for (int size : streamSize) {
            video &= rooms.seating(size, List.of(RoomCatalog.VIDEO)) >= RoomCatalog.MIN_OPTIONS;
        }
        List<String> features = video ? List.of(RoomCatalog.VIDEO) : List.of();
        SubpartPlan first = course.subpart("L1", "Lecture");
        SubpartPlan second = course.subpart("L2", "Lecture");
        SectionPlan[] firstLectures = new SectionPlan[streamSize.length];
        for (int s = 0; s < streamSize.length; s++) {
            List<TimeOption> times = grid.options(grid.allWeeks(), TeachingGrid.LECTURE_SLOTS);
            List<RoomChoice> choices = rooms.choices(streamSize[s], features);
            String stream = course.name + ", stream " + (s + 1);
            SectionPlan a = new SectionPlan(course.id + "-L" + (s + 1) + ".1", stream + ", lecture 1", first,
                    streamSize[s], null, features, times, choices, audiences[s], 0);
            SectionPlan b = new SectionPlan(course.id + "-L" + (s + 1) + ".2", stream + ", lecture 2", second,
                    streamSize[s], a, features, times, choices, audiences[s], 0);
            SectionPlan.meetings(List.of(a, b), 0);
            SectionPlan.order(a, b, Planter.ORDER_WEIGHT, false);
            for (int t = 0; t < times.size(); t++) {
                int afternoon = TeachingGrid.isAfternoon(times.get(t).pattern()) ? AFTERNOON_LECTURE_COST : 0;
                a.timeCost[t] = afternoon + EARLY_WEEK_COST * times.get(t).pattern().firstDay();
                b.timeCost[t] = afternoon;
            }
            plan.distributions.add(DistributionPlan.required(DistributionType.DIFFERENT_DAYS, List.of(a, b)));
            lectures.add(new TeachingUnit(List.of(a, b)));
            streamLectures.get(s).addAll(List.of(a, b));
            firstLectures[s] = a;
        }
        return firstLectures;
    }

    /** One exercise class per class group, meeting once or twice a week, after its stream's first lecture. */
    private void exerciseClasses(CoursePlan course, String cohort, int[] sizes, int[] streamOf, Audience[] audiences,
            SectionPlan[] firstLecture, List<List<SectionPlan>> groupExercises) {
        int meetings = random.nextDouble() < profile.twoExerciseMeetingsShare() ? 2 : 1;
        // Some courses start their exercise classes only once the lectures have laid the ground.
        long weeks = random.nextDouble() < profile.halfSemesterShare() ? grid.secondHalf() : grid.allWeeks();
        boolean tables = random.nextDouble() < MOVABLE_TABLES_SHARE
                && rooms.seating(profile.maxGroupSize(), List.of(RoomCatalog.MOVABLE_TABLES)) >= RoomCatalog.MIN_OPTIONS;
        List<String> features = tables ? List.of(RoomCatalog.MOVABLE_TABLES) : List.of();
        List<SubpartPlan> subparts = new ArrayList<>();
        for (int m = 1; m <= meetings; m++) {
            subparts.add(course.subpart("E" + m, "Exercise class"));
        }
        List<TimeOption> times = grid.options(weeks, TeachingGrid.LECTURE_SLOTS);
        for (int g = 0; g < sizes.length; g++) {
            String hold = String.format(Locale.ROOT, "H%02d", g + 1);
            List<RoomChoice> choices = rooms.choices(sizes[g], features);
            List<SectionPlan> classMeetings = new ArrayList<>();
            SectionPlan parent = firstLecture[streamOf[g]];
            for (int m = 1; m <= meetings; m++) {
                String name = course.name + ", class " + cohort + "-" + hold + (meetings > 1 ? ", meeting " + m : "");
                SectionPlan section = new SectionPlan(course.id + "-" + hold + "." + m, name, subparts.get(m - 1),
                        sizes[g], parent, features, times, choices, audiences[g], 0);
                classMeetings.add(section);
                parent = section;
            }
            if (meetings > 1) {
                SectionPlan.meetings(classMeetings, Planter.SAME_ROOM_WEIGHT);
                plan.distributions.add(DistributionPlan.required(DistributionType.DIFFERENT_DAYS, classMeetings));
                plan.distributions.add(DistributionPlan.preferred(DistributionType.SAME_ROOM, classMeetings,
                        SAME_ROOM_PENALTY));
            }
            SectionPlan lecture = firstLecture[streamOf[g]];
            SectionPlan.order(lecture, classMeetings.get(0), Planter.PRECEDENCE_WEIGHT, true);
            plan.distributions.add(DistributionPlan.preferred(DistributionType.PRECEDENCE,
                    List.of(lecture, classMeetings.get(0)), PRECEDENCE_PENALTY));
            exercises.add(new TeachingUnit(classMeetings));
            groupExercises.get(g).addAll(classMeetings);
        }
    }
}
