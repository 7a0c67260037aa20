package org.skema.generate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.skema.model.DistributionType;
import org.skema.model.TimeOption;

/**
 * The master electives, in the order a faculty runs them: electives with skewed popularity are
 * timetabled first, then students choose 3-4 that do not clash (as they do when the timetable is
 * published before registration), then the big electives get exercise groups and their students
 * are seated in groups that fit their week.
 */
final class MasterProgramme {
    private static final List<String> TOPICS = List.of("Competition Law", "Human Rights", "Environmental Law",
            "Energy Law", "Maritime Law", "Insurance Law", "Banking Law", "Capital Markets Law", "Intellectual Property",
            "Patent Law", "Copyright", "Data Protection", "IT Law", "Labour Law", "Employment Contracts",
            "Migration Law", "Asylum Law", "Criminology", "Sentencing", "Evidence", "Arbitration", "Mediation",
            "Private International Law", "Public Procurement", "State Aid", "WTO Law", "Investment Law",
            "Health Law", "Social Security Law", "Housing Law", "Consumer Law", "Sales Law", "Contract Drafting",
            "Mergers and Acquisitions", "Corporate Governance", "Insolvency Law", "Secured Transactions",
            "Legal Philosophy", "Sociology of Law", "Law and Economics", "Legal Tech", "Climate Law",
            "Nordic Law", "Children's Rights", "Military Law");
    private static final List<String> QUALIFIERS = List.of("", "Advanced ", "Comparative ", "International ",
            "Selected Issues in ");
    private static final double TWO_MEETINGS_SHARE = 0.6;
    private static final double VIDEO_SHARE = 0.1;
    /** Small seminars often want tables they can move into groups. */
    private static final double MOVABLE_TABLES_SHARE = 0.3;
    private static final int SMALL_SEMINAR = 40;
    private static final double GROUPS_SHARE = 0.85;
    /** Seats beyond the expected size, so that late choosers still find electives that fit their week. */
    private static final double SEAT_SLACK = 1.1;

    /** One elective and what is known of it so far. */
    static final class Elective {
        final CoursePlan course;
        final int target;
        final int limit;
        final long weeks;
        final Audience audience;
        final List<SectionPlan> meetings = new ArrayList<>();
        final List<StudentPlan> students = new ArrayList<>();
        final List<SectionPlan> groups = new ArrayList<>();

        Elective(CoursePlan course, int target, int limit, long weeks) {
            this.course = course;
            this.target = target;
            this.limit = limit;
            this.weeks = weeks;
            this.audience = new Audience(course.id, null);
        }
    }

    private final FacultyProfile profile;
    private final TeachingGrid grid;
    private final RoomCatalog rooms;
    private final Blueprint plan;
    private final Travel travel;
    private final Random random;
    private final List<Elective> electives = new ArrayList<>();
    private final int[] electivesPerStudent;

    MasterProgramme(FacultyProfile profile, TeachingGrid grid, RoomCatalog rooms, Blueprint plan, Travel travel,
            Random random) {
        this.profile = profile;
        this.grid = grid;
        this.rooms = rooms;
        this.plan = plan;
        this.travel = travel;
        this.random = random;
        this.electivesPerStudent = new int[profile.masterStudents()];
    }

    /** Creates the electives with their meetings; returns one teaching unit per elective. */
    List<TeachingUnit> createElectives() {
        int demand = 0;
        int spread = profile.maxElectivesPerStudent() - profile.minElectivesPerStudent() + 1;
        for (int i = 0; i < electivesPerStudent.length; i++) {
            electivesPerStudent[i] = profile.minElectivesPerStudent() + random.nextInt(spread);
            demand += electivesPerStudent[i];
        }
        List<Integer> targets = new ArrayList<>(Popularity.sizes(profile.electives(), demand, profile.popularitySkew(),
                profile.minElectiveSize(), profile.maxElectiveSize()));
        // Popularity is not in id order: EL001 is no more popular than EL175.
        Collections.shuffle(targets, random);
        List<String> names = names();
        List<TeachingUnit> units = new ArrayList<>();
        for (int e = 0; e < profile.electives(); e++) {
            int target = targets.get(e);
            int limit = Math.min(profile.maxElectiveSize(), (int) Math.ceil(target * SEAT_SLACK) + 1);
            long weeks = grid.allWeeks();
            if (random.nextDouble() < profile.halfSemesterShare()) {
                weeks = random.nextBoolean() ? grid.firstHalf() : grid.secondHalf();
            }
            CoursePlan course = new CoursePlan(String.format(Locale.ROOT, "EL%03d", e + 1), names.get(e));
            plan.courses.add(course);
            Elective elective = new Elective(course, target, limit, weeks);
            electives.add(elective);
            units.add(new TeachingUnit(meetings(elective)));
        }
        return units;
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (String qualifier : QUALIFIERS) {
            for (String topic : TOPICS) {
                names.add(qualifier + topic);
            }
        }
        Collections.shuffle(names, random);
        while (names.size() < profile.electives()) {
            names.add("Elective " + (names.size() + 1));
        }
        return names;
    }

    /** Two 2-hour meetings on different days, or one 3-hour seminar. */
    private List<SectionPlan> meetings(Elective elective) {
        CoursePlan course = elective.course;
        boolean twice = random.nextDouble() < TWO_MEETINGS_SHARE;
        List<String> features = new ArrayList<>();
        if (random.nextDouble() < VIDEO_SHARE) {
            want(features, RoomCatalog.VIDEO, elective.limit);
        }
        if (!twice && elective.limit <= SMALL_SEMINAR && random.nextDouble() < MOVABLE_TABLES_SHARE) {
            want(features, RoomCatalog.MOVABLE_TABLES, elective.limit);
        }
        List<RoomChoice> choices = rooms.choices(elective.limit, features);
        if (twice) {
            List<TimeOption> times = grid.options(elective.weeks, TeachingGrid.LECTURE_SLOTS);
            SectionPlan first = new SectionPlan(course.id + "-L.1", course.name + ", lecture 1",
                    course.subpart("L1", "Lecture"), elective.limit, null, features, times, choices, elective.audience,
                    elective.target);
            SectionPlan second = new SectionPlan(course.id + "-L.2", course.name + ", lecture 2",
                    course.subpart("L2", "Lecture"), elective.limit, first, features, times, choices, elective.audience,
                    elective.target);
            SectionPlan.meetings(List.of(first, second), 0);
            SectionPlan.order(first, second, Planter.ORDER_WEIGHT, false);
            plan.distributions.add(DistributionPlan.required(DistributionType.DIFFERENT_DAYS, List.of(first, second)));
            elective.meetings.addAll(List.of(first, second));
        } else {
            List<TimeOption> times = grid.options(elective.weeks, TeachingGrid.SEMINAR_SLOTS);
            elective.meetings.add(new SectionPlan(course.id + "-S", course.name + ", seminar",
                    course.subpart("S", "Seminar"), elective.limit, null, features, times, choices, elective.audience,
                    elective.target));
        }
        if (elective.limit > profile.electiveGroupThreshold()) {
            // Likely to get exercise groups, which should follow its first meeting of the week.
            SectionPlan first = elective.meetings.get(0);
            for (int t = 0; t < first.times.size(); t++) {
                first.timeCost[t] += BachelorProgramme.EARLY_WEEK_COST * first.times.get(t).pattern().firstDay();
            }
        }
        return elective.meetings;
    }

    /** Asks for a feature only when enough rooms of the size have it together with the others asked for. */
    private void want(List<String> features, String feature, int students) {
        List<String> wanted = new ArrayList<>(features);
        wanted.add(feature);
        if (rooms.seating(students, wanted) >= RoomCatalog.MIN_OPTIONS) {
            features.add(feature);
        }
    }

    /**
     * Each master student picks electives that do not clash with the ones already picked, weighted
     * by the seats still wanted; then the smallest electives are topped up to the minimum size.
     */
    void chooseElectives() {
        int count = electives.size();
        boolean[][] clash = new boolean[count][count];
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
                clash[a][b] = clash[b][a] = clashes(electives.get(a), electives.get(b));
            }
        }
        int[] enrolled = new int[count];
        List<List<Integer>> choices = new ArrayList<>(electivesPerStudent.length);
        for (int wanted : electivesPerStudent) {
            List<Integer> chosen = new ArrayList<>(wanted);
            for (int j = 0; j < wanted; j++) {
                int e = pick(chosen, enrolled, clash);
                chosen.add(e);
                enrolled[e]++;
            }
            choices.add(chosen);
        }
        topUp(choices, enrolled, clash);
        for (List<Integer> chosen : choices) {
            StudentPlan student = plan.newStudent("MA");
            chosen.stream().sorted().forEach(e -> {
                Elective elective = electives.get(e);
                student.courses.add(elective.course);
                student.sections.addAll(elective.meetings);
                elective.students.add(student);
            });
        }
    }

    private boolean clashes(Elective a, Elective b) {
        for (SectionPlan x : a.meetings) {
            for (SectionPlan y : b.meetings) {
                if (!travel.canAttendBoth(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Electives still short of their target first, then spare seats; a clash only when nothing else is left. */
    private int pick(List<Integer> chosen, int[] enrolled, boolean[][] clash) {
        for (int tier = 0; tier < 3; tier++) {
            long total = 0;
            long[] weights = new long[electives.size()];
            for (int e = 0; e < electives.size(); e++) {
                Elective elective = electives.get(e);
                if (chosen.contains(e) || (tier < 2 && clashesAny(e, chosen, clash))) {
                    continue;
                }
                int room = tier == 0 ? elective.target - enrolled[e] : elective.limit - enrolled[e];
                weights[e] = Math.max(0, room);
                total += weights[e];
            }
            if (total > 0) {
                long r = (long) (random.nextDouble() * total);
                for (int e = 0; e < weights.length; e++) {
                    r -= weights[e];
                    if (r < 0) {
                        return e;
                    }
                }
            }
        }
        throw new IllegalStateException("no elective has a free seat for a master student");
    }

    private static boolean clashesAny(int e, List<Integer> chosen, boolean[][] clash) {
        for (int other : chosen) {
            if (clash[e][other]) {
                return true;
            }
        }
        return false;
    }

    /** Moves students from well-filled electives into ones below the minimum size, keeping their weeks clash-free. */
    private void topUp(List<List<Integer>> choices, int[] enrolled, boolean[][] clash) {
        int min = profile.minElectiveSize();
        for (int e = 0; e < electives.size(); e++) {
            int scan = 0;
            while (enrolled[e] < min && scan < choices.size()) {
                List<Integer> chosen = choices.get(scan++);
                if (chosen.contains(e) || enrolled[e] >= electives.get(e).limit) {
                    continue;
                }
                Integer drop = null;
                for (int f : chosen) {
                    List<Integer> rest = new ArrayList<>(chosen);
                    rest.remove(Integer.valueOf(f));
                    if (enrolled[f] > min && !clashesAny(e, rest, clash)
                            && (drop == null || enrolled[f] > enrolled[drop])) {
                        drop = f;
                    }
                }
                if (drop != null) {
                    chosen.set(chosen.indexOf(drop), e);
                    enrolled[drop]--;
                    enrolled[e]++;
                }
            }
            if (enrolled[e] < min) {
                throw new IllegalStateException("elective " + electives.get(e).course.id + " cannot reach " + min
                        + " students");
            }
        }
    }

    /**
     * Electives with more students than the threshold get exercise groups of the profile's group size
     * when their students split evenly into such groups (and most do); returns one unit per group.
     */
    List<TeachingUnit> createExerciseGroups() {
        List<TeachingUnit> units = new ArrayList<>();
        for (Elective elective : electives) {
            int n = elective.students.size();
            int groups = (n + profile.maxGroupSize() - 1) / profile.maxGroupSize();
            if (n <= profile.electiveGroupThreshold() || groups * profile.minGroupSize() > n
                    || random.nextDouble() >= GROUPS_SHARE) {
                continue;
            }
            SubpartPlan subpart = elective.course.subpart("E", "Exercise class");
            SectionPlan first = elective.meetings.get(0);
            List<TimeOption> times = grid.options(elective.weeks, TeachingGrid.LECTURE_SLOTS);
            for (int g = 0; g < groups; g++) {
                int size = n / groups + (g < n % groups ? 1 : 0);
                SectionPlan group = new SectionPlan(elective.course.id + "-E" + (g + 1),
                        elective.course.name + ", exercise group " + (g + 1), subpart, size, first, List.of(), times,
                        rooms.choices(size, List.of()), new Audience(elective.course.id + "-E" + (g + 1),
                                elective.audience), 0);
                SectionPlan.order(first, group, Planter.PRECEDENCE_WEIGHT, true);
                for (SectionPlan other : elective.groups) {
                    SectionPlan.apart(other, group, 3);
                }
                List<SectionPlan> attended = new ArrayList<>(elective.meetings);
                attended.add(group);
                plan.distributions.add(DistributionPlan.required(DistributionType.SAME_ATTENDEES, attended));
                plan.distributions.add(DistributionPlan.preferred(DistributionType.PRECEDENCE, List.of(first, group),
                        BachelorProgramme.PRECEDENCE_PENALTY));
                elective.groups.add(group);
                units.add(new TeachingUnit(List.of(group)));
            }
            GroupCover cover = new GroupCover(elective.groups, busyStudents(elective, times));
            elective.groups.forEach(group -> group.cover = cover);
        }
        return units;
    }

    /** For each time and campus, which of the elective's students cannot come because of another elective. */
    private BitSet[][] busyStudents(Elective elective, List<TimeOption> times) {
        BitSet[][] busy = new BitSet[times.size()][2];
        for (int t = 0; t < times.size(); t++) {
            for (int campus = 0; campus < 2; campus++) {
                busy[t][campus] = new BitSet(elective.students.size());
                for (int s = 0; s < elective.students.size(); s++) {
                    for (SectionPlan other : elective.students.get(s).sections) {
                        if (other.course() != elective.course && !travel.canAttendBoth(times.get(t).pattern(), campus,
                                other.time(), other.room.campus())) {
                            busy[t][campus].set(s);
                            break;
                        }
                    }
                }
            }
        }
        return busy;
    }

    /**
     * Seats each student of a grouped elective in a group they can attend, filling every group to
     * exactly its size. The students with the fewest possible groups choose first; a student whose
     * groups are full moves others along (an augmenting path, as in bipartite matching), and only a
     * student for whom no such path exists sits in a group that clashes.
     */
    void seatStudents() {
        for (Elective elective : electives) {
            if (!elective.groups.isEmpty()) {
                seat(elective);
            }
        }
    }

    private void seat(Elective elective) {
        List<StudentPlan> students = elective.students;
        int groupCount = elective.groups.size();
        int[] free = elective.groups.stream().mapToInt(group -> group.limit).toArray();
        List<List<Integer>> fitting = new ArrayList<>(students.size());
        for (StudentPlan student : students) {
            List<Integer> fits = new ArrayList<>();
            for (int g = 0; g < groupCount; g++) {
                if (fits(student, elective.groups.get(g))) {
                    fits.add(g);
                }
            }
            fitting.add(fits);
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            members.add(new ArrayList<>());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> fitting.get(i).size()).thenComparingInt(i -> i));
        for (int student : order) {
            if (!augment(student, fitting, members, free)) {
                int best = 0;
                for (int g = 1; g < groupCount; g++) {
                    best = free[g] > free[best] ? g : best;
                }
                free[best]--;
                members.get(best).add(student);
            }
        }
        int[] seat = new int[students.size()];
        for (int g = 0; g < groupCount; g++) {
            for (int student : members.get(g)) {
                seat[student] = g;
            }
        }
        for (int i = 0; i < students.size(); i++) {
            students.get(i).sections.add(elective.groups.get(seat[i]));
        }
    }

    /** Breadth-first search for a chain of moves that frees a fitting seat for the student. */
    private static boolean augment(int student, List<List<Integer>> fitting, List<List<Integer>> members, int[] free) {
        int groupCount = free.length;
        int[] fromGroup = new int[groupCount];
        int[] mover = new int[groupCount];
        java.util.Arrays.fill(fromGroup, -2);
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        for (int g : fitting.get(student)) {
            fromGroup[g] = -1;
            mover[g] = student;
            queue.add(g);
        }
        while (!queue.isEmpty()) {
            int group = queue.poll();
            if (free[group] > 0) {
                free[group]--;
                for (int g = group; g >= 0; g = fromGroup[g]) {
                    members.get(g).add(mover[g]);
                    if (fromGroup[g] >= 0) {
                        members.get(fromGroup[g]).remove(Integer.valueOf(mover[g]));
                    }
                }
                return true;
            }
            for (int other : members.get(group)) {
                for (int next : fitting.get(other)) {
                    if (fromGroup[next] == -2) {
                        fromGroup[next] = group;
                        mover[next] = other;
                        queue.add(next);
                    }
                }
            }
        }
        return false;
    }

    private boolean fits(StudentPlan student, SectionPlan group) {
        for (SectionPlan other : student.sections) {
            if (other.course() != group.course() && !travel.canAttendBoth(other, group)) {
                return false;
            }
        }
        return true;
    }
}
