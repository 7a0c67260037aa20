package org.skema.solver.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skema.model.Assignment;
import org.skema.model.Attendance;
import org.skema.model.Baseline;
import org.skema.model.Distribution;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.SectionLock;
import org.skema.model.SectioningRules;
import org.skema.model.Solution;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;

/**
 * Builds the planning domain from a problem and its student enrolments, and reads a solution back
 * out. Shared students and teachers become weighted section-pair facts, so no constraint streams
 * over 4,500 students one by one.
 */
public final class TimetableMapper {
    private TimetableMapper() {
    }

    /** A timetable with every section unassigned, or placed as in {@code start} when given. */
    public static Timetable toTimetable(Problem problem, Enrolments enrolments, Solution start) {
        int[] attendance = Attendance.expectedSizes(problem, enrolments);
        ObjectiveWeights weights = problem.weights();
        List<PlannedSection> planned = new ArrayList<>(problem.sections().size());
        for (Section section : problem.sections()) {
            Assignment assignment = start == null ? null : start.assignment(section);
            TimeOption startTime = assignment == null ? null : assignment.time();
            RoomOption startRoom = assignment == null ? null : assignment.room();
            SectionLock lock = problem.lock(section);
            if (lock != null) {
                planned.add(locked(section, attendance[section.index()], lock, startTime, startRoom, weights));
                continue;
            }
            PlannedSection entity = new PlannedSection(section, attendance[section.index()],
                    allowedTimes(section, startTime), allowedRooms(section, attendance[section.index()], weights, startRoom));
            entity.setTime(startTime);
            entity.setRoom(startRoom);
            planned.add(entity);
        }
        Timetable timetable = new Timetable(problem, sharedAttendances(problem, enrolments), distributionPairs(problem),
                distributionMembers(problem), groupMembers(problem, enrolments),
                SectioningRules.flaws(problem, enrolments), planned, ConstraintWeights.of(weights));
        timetable.setCurriculumFacts(CurriculumFacts.of(problem));
        timetable.setProximityMembers(proximityMembers(problem));
        timetable.setPreviousPlacements(previousPlacements(problem, attendance));
        return timetable;
    }

    /**
     * A locked section: a locked variable starts at its value and has no other in its range; one
     * with nothing left to decide is pinned.
     */
    private static PlannedSection locked(Section section, int attendance, SectionLock lock, TimeOption startTime,
            RoomOption startRoom, ObjectiveWeights weights) {
        TimeOption time = lock.locksTime() ? lock.time() : startTime;
        RoomOption room = lock.locksRoom() ? lock.room() : startRoom;
        PlannedSection entity = new PlannedSection(section, attendance,
                lock.locksTime() ? List.of(time) : allowedTimes(section, time),
                lock.locksRoom() ? List.of(room) : allowedRooms(section, attendance, weights, room));
        entity.setTime(time);
        entity.setRoom(room);
        if (lock.locksAll()) {
            entity.setPinned(true);
        } else {
            entity.lock(lock.locksTime(), lock.locksRoom());
        }
        return entity;
    }

    /** Re-planning: the previous place of every section that had a time; none without a previous timetable. */
    static List<PreviousPlacement> previousPlacements(Problem problem, int[] attendance) {
        Baseline previous = problem.previous();
        if (previous == null) {
            return List.of();
        }
        List<PreviousPlacement> placements = new ArrayList<>();
        for (Baseline.Placement placement : previous.placements()) {
            if (placement.time() != null) {
                Section section = placement.section();
                placements.add(new PreviousPlacement(placement, Baseline.units(section, attendance[section.index()])));
            }
        }
        return placements;
    }

    /**
     * The solution a timetable holds. A section left without a time has no room: the room variable
     * (locked, or set alone by a move) would otherwise be written and diffed as if it took place.
     */
    public static Solution toSolution(Timetable timetable, Enrolments enrolments) {
        List<Assignment> assignments = new ArrayList<>(timetable.getSections().size());
        for (PlannedSection section : timetable.getSections()) {
            assignments.add(new Assignment(section.getSection(), section.getTime(),
                    section.getTime() == null ? null : section.getRoom()));
        }
        return new Solution(timetable.getProblem(), assignments, enrolments);
    }

    /**
     * Allowed times at which every teacher is available: the solver never tries the others. The
     * start solution's own time is always kept (Timefold refuses a value outside the range); the
     * hard rule then scores it.
     */
    static List<TimeOption> allowedTimes(Section section, TimeOption startTime) {
        List<TimeOption> times = new ArrayList<>(section.times().size());
        for (TimeOption option : section.times()) {
            if (option.equals(startTime)
                    || section.teachers().stream().noneMatch(teacher -> teacher.isUnavailableAt(option.pattern()))) {
                times.add(option);
            }
        }
        return times;
    }

    /**
     * Allowed rooms big enough for the attending students, when capacity is a hard rule. The start
     * solution's own room is always kept, as for times.
     */
    static List<RoomOption> allowedRooms(Section section, int attendance, ObjectiveWeights weights,
            RoomOption startRoom) {
        if (!weights.roomCapacityIsHard()) {
            return section.rooms();
        }
        return section.rooms().stream()
                .filter(option -> option.equals(startRoom) || option.room().capacity() >= attendance).toList();
    }

    static List<SharedAttendance> sharedAttendances(Problem problem, Enrolments enrolments) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (List<Section> sections : enrolments) {
            countPairs(sections, counts, 0); // a pair counts once per student: Enrolments holds a section once
        }
        Map<Teacher, List<Section>> taught = sectionsByTeacher(problem);
        for (Teacher teacher : problem.teachers()) {
            countPairs(taught.getOrDefault(teacher, List.of()), counts, 1);
        }
        List<SharedAttendance> shared = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> shared.add(new SharedAttendance(problem.sections().get((int) (key >>> 32)),
                problem.sections().get((int) (long) key), count[0], count[1], problem.travel())));
        return shared;
    }

    private static void countPairs(List<Section> sections, Map<Long, int[]> counts, int slot) {
        for (int i = 0; i < sections.size(); i++) {
            for (int j = i + 1; j < sections.size(); j++) {
                int a = sections.get(i).index();
                int b = sections.get(j).index();
                if (a == b) {
                    continue;
                }
                long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
                counts.computeIfAbsent(key, k -> new int[2])[slot]++;
            }
        }
    }

    /** Each teacher's sections in problem order, in one pass (a pass per teacher is quadratic at university scale). */
    private static Map<Teacher, List<Section>> sectionsByTeacher(Problem problem) {
        Map<Teacher, List<Section>> byTeacher = new HashMap<>();
        for (Section section : problem.sections()) {
            for (Teacher teacher : section.teachers()) {
                byTeacher.computeIfAbsent(teacher, t -> new ArrayList<>()).add(section);
            }
        }
        return byTeacher;
    }

    static List<DistributionPair> distributionPairs(Problem problem) {
        List<DistributionPair> pairs = new ArrayList<>();
        int maxTravel = problem.travel().max();
        for (Distribution distribution : problem.distributions()) {
            if (!distribution.type().isPairwise() || proximityMargin(distribution, maxTravel) >= 0) {
                continue;
            }
            List<Section> sections = distribution.sections();
            for (int i = 0; i < sections.size(); i++) {
                for (int j = i + 1; j < sections.size(); j++) {
                    pairs.add(new DistributionPair(distribution, sections.get(i), sections.get(j), problem.travel()));
                }
            }
        }
        return pairs;
    }

    /** Members of the pairwise rules that only nearby pairs can break; their pairs are found by time in the streams. */
    static List<ProximityMember> proximityMembers(Problem problem) {
        List<ProximityMember> members = new ArrayList<>();
        int maxTravel = problem.travel().max();
        for (Distribution distribution : problem.distributions()) {
            int margin = proximityMargin(distribution, maxTravel);
            if (!distribution.type().isPairwise() || margin < 0) {
                continue;
            }
            List<Section> sections = distribution.sections();
            for (int i = 0; i < sections.size(); i++) {
                members.add(new ProximityMember(distribution, sections.get(i), i, margin, problem.travel()));
            }
        }
        return members;
    }

    private static int proximityMargin(Distribution distribution, int maxTravel) {
        return distribution.type().isPairwise() ? distribution.type().proximityMargin(distribution.parameters(), maxTravel)
                : -1;
    }

    static List<DistributionMember> distributionMembers(Problem problem) {
        List<DistributionMember> members = new ArrayList<>();
        for (Distribution distribution : problem.distributions()) {
            if (distribution.type().isPairwise()) {
                continue;
            }
            DistributionGroup group = new DistributionGroup(distribution, problem.calendar());
            distribution.sections().forEach(section -> members.add(new DistributionMember(group, section)));
        }
        return members;
    }

    /** One fact per section of each group of students with identical timetables; none when gaps do not count. */
    static List<GroupMember> groupMembers(Problem problem, Enrolments enrolments) {
        ObjectiveWeights weights = problem.weights();
        if (weights.studentGap() == 0) {
            return List.of();
        }
        Map<List<Section>, Integer> sizes = new LinkedHashMap<>();
        for (List<Section> sections : enrolments) {
            if (sections.size() >= 2) {
                sizes.merge(sections, 1, Integer::sum);
            }
        }
        List<GroupMember> members = new ArrayList<>();
        Map<List<Section>, AttendanceGroup> groups = new HashMap<>();
        sizes.forEach((sections, size) -> {
            AttendanceGroup group = groups.computeIfAbsent(sections, s -> new AttendanceGroup(groups.size(), size,
                    problem.calendar(), weights.gapToleranceSlots()));
            sections.forEach(section -> members.add(new GroupMember(group, section)));
        });
        return members;
    }
}
