package org.skema.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toSet;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.util.Set;
import org.skema.model.Distribution;
import org.skema.model.DistributionType;
import org.skema.model.IsolatedSections;
import org.skema.model.Rule;
import org.skema.model.SectioningRules;
import org.skema.model.StudentGaps;
import org.skema.model.Teacher;
import org.skema.solver.domain.CurriculumMember;
import org.skema.solver.domain.CurriculumPair;
import org.skema.solver.domain.DistributionGroup;
import org.skema.solver.domain.DistributionMember;
import org.skema.solver.domain.DistributionPair;
import org.skema.solver.domain.GroupMember;
import org.skema.solver.domain.MinDaysCourse;
import org.skema.solver.domain.PlacedMember;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.PreviousPlacement;
import org.skema.solver.domain.ProximityMember;
import org.skema.solver.domain.SharedAttendance;

/**
 * Every rule of {@link Rule} as a constraint stream. Match weights are raw violation units; the
 * problem's objective weights are applied as constraint weights (see {@code ConstraintWeights}).
 * Streams start from {@code forEachIncludingUnassigned} so a section with a time but no room yet
 * still counts for time rules: construction places the time first and the room second.
 */
public class TimetableConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            roomConflict(factory),
            teacherConflict(factory),
            roomUnavailable(factory),
            roomCapacity(factory),
            teacherUnavailable(factory),
            requiredDistributionPair(factory),
            requiredDistributionGroup(factory),
            sectioningStructure(factory),
            classLimit(factory),
            unplacedSection(factory),
            studentConflict(factory),
            studentGap(factory),
            teacherUndesiredTime(factory),
            timePenalty(factory),
            roomPenalty(factory),
            preferredDistributionPair(factory),
            preferredDistributionGroup(factory),
            curriculumConflict(factory),
            roomCapacityOverflow(factory),
            minWorkingDays(factory),
            curriculumCompactness(factory),
            roomStability(factory),
            movedSection(factory),
        };
    }

    private static UniConstraintStream<PlannedSection> timed(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlannedSection.class).filter(PlannedSection::hasTime);
    }

    private static UniConstraintStream<PlannedSection> timedWithRoom(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlannedSection.class).filter(PlannedSection::hasTimeAndRoom);
    }

    /**
     * Two sections in one room at the same moment. The pair test runs inside the join: measured on
     * comp12, mary-spr17 and the faculty at a fixed move count, 8-14% less time than indexing the pairs by
     * index and time of day (a room holds few sections, and range indexes are costly to update).
     */
    Constraint roomConflict(ConstraintFactory factory) {
        return timedWithRoom(factory)
                .join(timedWithRoom(factory),
                        equal(PlannedSection::roomOrNull),
                        // Bavet may test a pair while a section is losing its time, so both are checked.
                        filtering((a, b) -> a.getIndex() < b.getIndex() && a.hasTime() && b.hasTime()
                                && a.pattern().overlaps(b.pattern())))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(Rule.ROOM_CONFLICT.label());
    }

    /** A teacher in two sections they cannot both attend (overlap, or too little time to travel). */
    Constraint teacherConflict(ConstraintFactory factory) {
        return factory.forEach(SharedAttendance.class)
                .filter(shared -> shared.teachers() > 0)
                .join(timed(factory), equal(SharedAttendance::first, PlannedSection::getSection))
                .join(timed(factory), equal((shared, a) -> shared.second(), PlannedSection::getSection))
                .filter((shared, a, b) -> !cannotClash(shared, a, b))
                .penalize(HardMediumSoftScore.ONE_HARD, (shared, a, b) -> shared.teachers())
                .asConstraint(Rule.TEACHER_CONFLICT.label());
    }

    private static boolean cannotClash(SharedAttendance shared, PlannedSection a, PlannedSection b) {
        return DistributionType.canAttendBoth(a.pattern(), a.roomOrNull(), b.pattern(), b.roomOrNull(), shared.travel());
    }

    /** A section in a room at a time the room is closed. */
    Constraint roomUnavailable(ConstraintFactory factory) {
        return timedWithRoom(factory)
                .filter(s -> s.roomOrNull().isUnavailableAt(s.pattern()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(Rule.ROOM_UNAVAILABLE.label());
    }

    /** A room with fewer seats than the section's students. */
    Constraint roomCapacity(ConstraintFactory factory) {
        return timedWithRoom(factory)
                .filter(s -> s.roomOrNull().capacity() < s.getAttendance())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(Rule.ROOM_CAPACITY.label());
    }

    /** A teacher teaching at a time they are unavailable; one unit per such teacher. */
    Constraint teacherUnavailable(ConstraintFactory factory) {
        return timed(factory)
                .filter(s -> unavailableTeachers(s) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, TimetableConstraints::unavailableTeachers)
                .asConstraint(Rule.TEACHER_UNAVAILABLE.label());
    }

    private static int unavailableTeachers(PlannedSection section) {
        int count = 0;
        for (Teacher teacher : section.getSection().teachers()) {
            if (teacher.isUnavailableAt(section.pattern())) {
                count++;
            }
        }
        return count;
    }

    /** A pair of sections that breaks a required pairwise rule. */
    Constraint requiredDistributionPair(ConstraintFactory factory) {
        return failingPairs(factory, true)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(Rule.REQUIRED_DISTRIBUTION_PAIR.label());
    }

    /** A pair of sections that breaks a soft pairwise rule; costs the rule's penalty. */
    Constraint preferredDistributionPair(ConstraintFactory factory) {
        return failingPairs(factory, false)
                .penalize(HardMediumSoftScore.ONE_SOFT, Distribution::penalty)
                .asConstraint(Rule.PREFERRED_DISTRIBUTION_PAIR.label());
    }

    /**
     * The rule of every failing pair. Rules that only nearby pairs can break are joined by time of
     * day, so a move touches only the pairs near the moved section; the others have one fact per pair.
     */
    private static UniConstraintStream<Distribution> failingPairs(ConstraintFactory factory, boolean required) {
        UniConstraintStream<Distribution> listedPairs = factory.forEach(DistributionPair.class)
                .filter(pair -> pair.distribution().required() == required)
                .join(timed(factory), equal(DistributionPair::first, PlannedSection::getSection))
                .join(timed(factory), equal((pair, a) -> pair.second(), PlannedSection::getSection))
                .filter((pair, a, b) -> !pair.distribution().pairSatisfied(a.pattern(), a.roomOrNull(), b.pattern(),
                        b.roomOrNull(), pair.travel()))
                .map((pair, a, b) -> pair.distribution());
        // One tuple per member and weekday it meets on; a pair is judged on the first day both meet.
        UniConstraintStream<PlacedMember> placed = factory.forEach(ProximityMember.class)
                .filter(member -> member.distribution().required() == required)
                .join(timed(factory), equal(ProximityMember::section, PlannedSection::getSection))
                .flatten((member, section) -> StudentGaps.days(section.pattern().days()))
                .map((member, section, day) -> new PlacedMember(member, section.pattern(), section.roomOrNull(), day));
        UniConstraintStream<Distribution> nearbyPairs = placed
                .join(placed, equal(PlacedMember::distribution), equal(PlacedMember::day),
                        lessThan(PlacedMember::position), overlapping(PlacedMember::from, PlacedMember::to))
                .filter((a, b) -> a.isFirstCommonDay(b) && !a.satisfiedWith(b))
                .map((a, b) -> a.distribution());
        return listedPairs.concat(nearbyPairs);
    }

    /** Violation units of a required group rule (days, load slots, breaks or blocks over the limit). */
    Constraint requiredDistributionGroup(ConstraintFactory factory) {
        return groupViolations(factory, true)
                .penalize(HardMediumSoftScore.ONE_HARD, (group, units) -> units)
                .asConstraint(Rule.REQUIRED_DISTRIBUTION_GROUP.label());
    }

    /** A soft group rule's penalty, with ITC 2019's division by the number of weeks. */
    Constraint preferredDistributionGroup(ConstraintFactory factory) {
        return groupViolations(factory, false)
                .map((group, units) -> group.distribution().softPenalty(units, group.calendar()))
                .filter(penalty -> penalty > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, Long::longValue)
                .asConstraint(Rule.PREFERRED_DISTRIBUTION_GROUP.label());
    }

    private static BiConstraintStream<DistributionGroup, Integer> groupViolations(ConstraintFactory factory,
            boolean required) {
        return factory.forEach(DistributionMember.class)
                .filter(member -> member.group().distribution().required() == required)
                .join(timed(factory), equal(DistributionMember::section, PlannedSection::getSection))
                .groupBy((member, section) -> member.group(), toList((member, section) -> section.pattern()))
                .map((group, times) -> group, (group, times) -> group.distribution().groupViolation(times, group.calendar()))
                .filter((group, units) -> units > 0);
    }

    /** A broken sectioning requirement of one student (fixed before solving, so a constant). */
    Constraint sectioningStructure(ConstraintFactory factory) {
        return sectioningFlaws(factory, Rule.SECTIONING_STRUCTURE);
    }

    /** Students over a section's limit (fixed before solving, so a constant). */
    Constraint classLimit(ConstraintFactory factory) {
        return sectioningFlaws(factory, Rule.CLASS_LIMIT);
    }

    private static Constraint sectioningFlaws(ConstraintFactory factory, Rule rule) {
        return factory.forEach(SectioningRules.Flaw.class)
                .filter(flaw -> flaw.rule() == rule)
                .penalize(HardMediumSoftScore.ONE_HARD, SectioningRules.Flaw::units)
                .asConstraint(rule.label());
    }

    /**
     * A section that got no time, or no room although it needs one: one unit per missing decision,
     * so that choosing a time alone already pays off during construction.
     */
    Constraint unplacedSection(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlannedSection.class)
                .filter(s -> !s.isPlaced())
                .penalize(HardMediumSoftScore.ONE_MEDIUM, PlannedSection::missingDecisions)
                .asConstraint(Rule.UNPLACED_SECTION.label());
    }

    /** Students in two sections they cannot both attend; one unit per such student. */
    Constraint studentConflict(ConstraintFactory factory) {
        return factory.forEach(SharedAttendance.class)
                .filter(shared -> shared.students() > 0)
                .join(timed(factory), equal(SharedAttendance::first, PlannedSection::getSection))
                .join(timed(factory), equal((shared, a) -> shared.second(), PlannedSection::getSection))
                .filter((shared, a, b) -> !cannotClash(shared, a, b))
                .penalize(HardMediumSoftScore.ONE_SOFT, (shared, a, b) -> shared.students())
                .asConstraint(Rule.STUDENT_CONFLICT.label());
    }

    /**
     * Idle time between classes, per group of students with the same timetable and day of the week:
     * moving a class recomputes only the days it leaves and enters.
     */
    Constraint studentGap(ConstraintFactory factory) {
        return factory.forEach(GroupMember.class)
                .join(timed(factory), equal(GroupMember::section, PlannedSection::getSection))
                .flatten((member, section) -> StudentGaps.days(section.pattern().days()))
                .groupBy((member, section, day) -> member.group(), (member, section, day) -> day,
                        toList((member, section, day) -> section.pattern()))
                .map((group, day, times) -> (long) group.size()
                        * StudentGaps.gapSlotsOnDay(times, day, group.calendar(), group.toleranceSlots()))
                .filter(penalty -> penalty > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, Long::longValue)
                .asConstraint(Rule.STUDENT_GAP.label());
    }

    /** A section at a time one of its teachers would rather not teach. */
    Constraint teacherUndesiredTime(ConstraintFactory factory) {
        return timed(factory)
                .filter(s -> undesiredPenalty(s) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, TimetableConstraints::undesiredPenalty)
                .asConstraint(Rule.TEACHER_UNDESIRED_TIME.label());
    }

    private static int undesiredPenalty(PlannedSection section) {
        int sum = 0;
        for (Teacher teacher : section.getSection().teachers()) {
            sum += teacher.undesiredPenalty(section.pattern());
        }
        return sum;
    }

    /** The penalty of the chosen time option. */
    Constraint timePenalty(ConstraintFactory factory) {
        return timed(factory)
                .filter(s -> s.getTime().penalty() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, s -> s.getTime().penalty())
                .asConstraint(Rule.TIME_PENALTY.label());
    }

    /** The penalty of the chosen room option. */
    Constraint roomPenalty(ConstraintFactory factory) {
        return timedWithRoom(factory)
                .filter(s -> s.getRoom().penalty() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, s -> s.getRoom().penalty())
                .asConstraint(Rule.ROOM_PENALTY.label());
    }

    // Curriculum-based rules (ITC 2007 track 3 and its generalisation).

    /** Two sections of one curriculum at the same moment; once per pair however many curricula they share. */
    Constraint curriculumConflict(ConstraintFactory factory) {
        return factory.forEach(CurriculumPair.class)
                .join(timed(factory), equal(CurriculumPair::first, PlannedSection::getSection))
                .join(timed(factory), equal((pair, a) -> pair.second(), PlannedSection::getSection))
                .filter((pair, a, b) -> a.pattern().overlaps(b.pattern()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(Rule.CURRICULUM_CONFLICT.label());
    }

    /** Students above the capacity of the room, per placed section. */
    Constraint roomCapacityOverflow(ConstraintFactory factory) {
        return timedWithRoom(factory)
                .filter(s -> s.roomOrNull().overflow(s.getAttendance()) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, s -> s.roomOrNull().overflow(s.getAttendance()))
                .asConstraint(Rule.ROOM_CAPACITY_OVERFLOW.label());
    }

    /** Days short of a course's minimum; a course with no section placed yet misses them all. */
    Constraint minWorkingDays(ConstraintFactory factory) {
        return factory.forEach(MinDaysCourse.class)
                .join(timed(factory), equal(MinDaysCourse::course, s -> s.getSection().course()))
                .groupBy((course, section) -> course, toSet((course, section) -> section.pattern().days()))
                .complement(MinDaysCourse.class, course -> Set.of())
                .filter((course, dayMasks) -> course.course().missingDays(union(dayMasks)) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, (course, dayMasks) -> course.course().missingDays(union(dayMasks)))
                .asConstraint(Rule.MIN_WORKING_DAYS.label());
    }

    private static int union(Set<Integer> dayMasks) {
        int days = 0;
        for (int mask : dayMasks) {
            days |= mask;
        }
        return days;
    }

    /** Per day a section meets: no other section of its curriculum right before or after it that day. */
    Constraint curriculumCompactness(ConstraintFactory factory) {
        return factory.forEach(CurriculumMember.class)
                .join(timed(factory), equal(CurriculumMember::section, PlannedSection::getSection))
                .groupBy((member, section) -> member.group(), toList((member, section) -> section.pattern()))
                .map((group, times) -> IsolatedSections.count(times, group.toleranceSlots()))
                .filter(isolated -> isolated > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, Integer::intValue)
                .asConstraint(Rule.CURRICULUM_COMPACTNESS.label());
    }

    /** Rooms a course uses beyond its first. */
    Constraint roomStability(ConstraintFactory factory) {
        return timedWithRoom(factory)
                .groupBy(s -> s.getSection().course(), countDistinct(PlannedSection::roomOrNull))
                .filter((course, rooms) -> rooms > 1)
                .penalize(HardMediumSoftScore.ONE_SOFT, (course, rooms) -> rooms - 1)
                .asConstraint(Rule.ROOM_STABILITY.label());
    }

    /** Re-planning: a section that left its previous time or room, weighed by the people it moves. */
    Constraint movedSection(ConstraintFactory factory) {
        return factory.forEach(PreviousPlacement.class)
                .join(factory.forEachIncludingUnassigned(PlannedSection.class),
                        equal(PreviousPlacement::section, PlannedSection::getSection))
                .filter((before, now) -> before.movedTo(now.hasTime() ? now.pattern() : null, now.roomOrNull()))
                .penalize(HardMediumSoftScore.ONE_SOFT, (before, now) -> before.units())
                .asConstraint(Rule.MOVED_SECTION.label());
    }
}
