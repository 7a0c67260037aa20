package org.skema.solver.moves;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.skema.model.Distribution;
import org.skema.model.DistributionType;
import org.skema.model.Problem;
import org.skema.model.Section;
import org.skema.model.TimePattern;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.SharedAttendance;

/**
 * Picks the sections of one exact neighbourhood: around a student conflict, the members of a broken
 * distribution rule, or a room's sections on the days one of them meets; each grown to the wanted
 * size through sections that share students or teachers with those already in, so that the model can
 * trade places between sections that hurt each other.
 */
final class Neighbourhoods {
    enum Kind { STUDENTS, DISTRIBUTION, ROOM_DAYS }

    private final PlacementView view;
    private final ConflictIndex index;
    private final Problem problem;
    private final RandomGenerator random;

    Neighbourhoods(PlacementView view, ConflictIndex index, Problem problem, RandomGenerator random) {
        this.view = view;
        this.index = index;
        this.problem = problem;
        this.random = random;
    }

    /** Up to {@code size} movable sections of this kind; empty if the kind finds no seed. */
    List<PlannedSection> pick(Kind kind, int size) {
        Set<PlannedSection> chosen = new LinkedHashSet<>();
        switch (kind) {
            case STUDENTS -> seedStudentConflict(chosen);
            case DISTRIBUTION -> seedBrokenDistribution(chosen, size);
            case ROOM_DAYS -> seedRoomDays(chosen, size);
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        grow(chosen, size);
        return new ArrayList<>(chosen);
    }

    private void seedStudentConflict(Set<PlannedSection> chosen) {
        for (int attempt = 0; attempt < 50; attempt++) {
            PlannedSection section = randomMovable();
            if (section == null || !section.hasTime()) {
                continue;
            }
            for (SharedAttendance shared : index.studentPartners(section.getIndex())) {
                PlannedSection other = partner(section, shared);
                if (other.hasTime() && !DistributionType.canAttendBoth(section.pattern(), section.roomOrNull(),
                        other.pattern(), other.roomOrNull(), shared.travel())) {
                    chosen.add(section);
                    if (PlacementView.isMovable(other)) {
                        chosen.add(other);
                    }
                    return;
                }
            }
        }
    }

    private void seedBrokenDistribution(Set<PlannedSection> chosen, int size) {
        List<Distribution> broken = new ArrayList<>();
        for (Distribution distribution : problem.distributions()) {
            if (isBroken(distribution)) {
                broken.add(distribution);
            }
        }
        if (broken.isEmpty()) {
            return;
        }
        for (Section section : broken.get(random.nextInt(broken.size())).sections()) {
            PlannedSection planned = view.sections.get(section.index());
            if (PlacementView.isMovable(planned) && chosen.size() < size) {
                chosen.add(planned);
            }
        }
    }

    private boolean isBroken(Distribution distribution) {
        List<Section> members = distribution.sections();
        if (distribution.type().isPairwise()) {
            for (int i = 0; i < members.size(); i++) {
                PlannedSection a = view.sections.get(members.get(i).index());
                for (int j = i + 1; j < members.size() && a.hasTime(); j++) {
                    PlannedSection b = view.sections.get(members.get(j).index());
                    if (b.hasTime() && !distribution.pairSatisfied(a.pattern(), a.roomOrNull(), b.pattern(),
                            b.roomOrNull(), view.travel())) {
                        return true;
                    }
                }
            }
            return false;
        }
        List<TimePattern> times = new ArrayList<>();
        for (Section member : members) {
            PlannedSection planned = view.sections.get(member.index());
            if (planned.hasTime()) {
                times.add(planned.pattern());
            }
        }
        return distribution.groupViolation(times, problem.calendar()) > 0;
    }

    private void seedRoomDays(Set<PlannedSection> chosen, int size) {
        PlannedSection seed = randomMovable();
        if (seed == null || seed.roomOrNull() == null || !seed.hasTime()) {
            return;
        }
        chosen.add(seed);
        int days = seed.pattern().days();
        List<PlannedSection> sameRoom = new ArrayList<>();
        for (PlannedSection other : view.movable) {
            if (other != seed && other.roomOrNull() == seed.roomOrNull() && other.hasTime()
                    && (other.pattern().days() & days) != 0) {
                sameRoom.add(other);
            }
        }
        while (!sameRoom.isEmpty() && chosen.size() < size) {
            chosen.add(sameRoom.remove(random.nextInt(sameRoom.size())));
        }
    }

    /** Adds movable sections sharing students or teachers with those chosen, at random, until the size is reached. */
    private void grow(Set<PlannedSection> chosen, int size) {
        List<PlannedSection> frontier = new ArrayList<>(chosen);
        while (chosen.size() < size && !frontier.isEmpty()) {
            PlannedSection from = frontier.remove(random.nextInt(frontier.size()));
            List<SharedAttendance> partners = new ArrayList<>(index.studentPartners(from.getIndex()));
            partners.addAll(index.teacherPartners(from.getIndex()));
            while (!partners.isEmpty() && chosen.size() < size) {
                PlannedSection other = partner(from, partners.remove(random.nextInt(partners.size())));
                if (PlacementView.isMovable(other) && chosen.add(other)) {
                    frontier.add(other);
                }
            }
        }
    }

    private PlannedSection partner(PlannedSection section, SharedAttendance shared) {
        int self = section.getIndex();
        return view.sections.get(shared.first().index() == self ? shared.second().index() : shared.first().index());
    }

    private PlannedSection randomMovable() {
        return view.movable.isEmpty() ? null : view.movable.get(random.nextInt(view.movable.size()));
    }
}
