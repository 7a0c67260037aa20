package org.skema.solver.moves;

import java.util.ArrayList;
import java.util.List;
import org.skema.model.Distribution;
import org.skema.model.Section;
import org.skema.model.TravelTimes;
import org.skema.solver.domain.CurriculumPair;
import org.skema.solver.domain.SharedAttendance;
import org.skema.solver.domain.Timetable;

/**
 * For each section (by index): the sections it shares a teacher, students or a curriculum with, the
 * pairwise rules (required and soft) and the required group rules (MaxDays, MaxBlock, ...) it takes part
 * in, and of those pairs the ones rooms can decide. Depends on problem facts only, so it is built once per solve.
 */
final class ConflictIndex {
    /** Another section of a pairwise rule; {@code selfFirst} when the indexed section is listed first. */
    record PairPartner(Distribution distribution, Section other, boolean selfFirst) {
    }

    private final List<List<SharedAttendance>> teacherPartners;
    private final List<List<SharedAttendance>> studentPartners;
    private final List<List<PairPartner>> softPairs;
    private final List<List<Section>> curriculumPartners;
    private final List<List<Section>> peoplePartners;
    private final List<List<PairPartner>> requiredPairs;
    private final List<List<PairPartner>> requiredRoomPairs;
    private final List<List<Distribution>> requiredGroups;

    private ConflictIndex(List<List<SharedAttendance>> teacherPartners, List<List<SharedAttendance>> studentPartners,
            List<List<Section>> curriculumPartners, List<List<PairPartner>> requiredPairs,
            List<List<PairPartner>> softPairs, List<List<Distribution>> requiredGroups, TravelTimes travel) {
        this.teacherPartners = teacherPartners;
        this.studentPartners = studentPartners;
        this.softPairs = softPairs;
        this.curriculumPartners = curriculumPartners;
        this.peoplePartners = new ArrayList<>(teacherPartners.size());
        for (int i = 0; i < teacherPartners.size(); i++) {
            List<Section> partners = new ArrayList<>(curriculumPartners.get(i));
            for (SharedAttendance shared : teacherPartners.get(i)) {
                Section other = shared.first().index() == i ? shared.second() : shared.first();
                if (!partners.contains(other)) {
                    partners.add(other);
                }
            }
            peoplePartners.add(partners);
        }
        this.requiredPairs = requiredPairs;
        this.requiredRoomPairs = new ArrayList<>(requiredPairs.size());
        for (List<PairPartner> partners : requiredPairs) {
            this.requiredRoomPairs.add(partners.stream()
                    .filter(partner -> partner.distribution().type().dependsOnRooms(travel)).toList());
        }
        this.requiredGroups = requiredGroups;
    }

    static ConflictIndex of(Timetable timetable) {
        int size = timetable.getSections().size();
        List<List<SharedAttendance>> partners = emptyLists(size);
        List<List<SharedAttendance>> students = emptyLists(size);
        for (SharedAttendance shared : timetable.getSharedAttendances()) {
            if (shared.teachers() > 0) {
                partners.get(shared.first().index()).add(shared);
                partners.get(shared.second().index()).add(shared);
            }
            if (shared.students() > 0) {
                students.get(shared.first().index()).add(shared);
                students.get(shared.second().index()).add(shared);
            }
        }
        List<List<Section>> curriculumPartners = emptyLists(size);
        for (CurriculumPair pair : timetable.getCurriculumPairs()) {
            curriculumPartners.get(pair.first().index()).add(pair.second());
            curriculumPartners.get(pair.second().index()).add(pair.first());
        }
        List<List<PairPartner>> pairs = emptyLists(size);
        List<List<PairPartner>> softPairs = emptyLists(size);
        List<List<Distribution>> groups = emptyLists(size);
        for (Distribution distribution : timetable.getProblem().distributions()) {
            List<Section> sections = distribution.sections();
            if (!distribution.type().isPairwise()) {
                if (distribution.required()) {
                    sections.forEach(section -> groups.get(section.index()).add(distribution));
                }
                continue;
            }
            List<List<PairPartner>> into = distribution.required() ? pairs : softPairs;
            for (int i = 0; i < sections.size(); i++) {
                for (int j = i + 1; j < sections.size(); j++) {
                    into.get(sections.get(i).index()).add(new PairPartner(distribution, sections.get(j), true));
                    into.get(sections.get(j).index()).add(new PairPartner(distribution, sections.get(i), false));
                }
            }
        }
        return new ConflictIndex(partners, students, curriculumPartners, pairs, softPairs, groups,
                timetable.getProblem().travel());
    }

    private static <T> List<List<T>> emptyLists(int size) {
        List<List<T>> lists = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>(2));
        }
        return lists;
    }

    List<SharedAttendance> teacherPartners(int sectionIndex) {
        return teacherPartners.get(sectionIndex);
    }

    /** Sections sharing students with this one. */
    List<SharedAttendance> studentPartners(int sectionIndex) {
        return studentPartners.get(sectionIndex);
    }

    /** Other sections of the soft pairwise rules this one takes part in. */
    List<PairPartner> softPairs(int sectionIndex) {
        return softPairs.get(sectionIndex);
    }

    /** Sections that may not meet at the same time as this one because they share a teacher or a curriculum. */
    List<Section> peoplePartners(int sectionIndex) {
        return peoplePartners.get(sectionIndex);
    }

    /** Sections that share a curriculum with this one, so may not meet at the same time. */
    List<Section> curriculumPartners(int sectionIndex) {
        return curriculumPartners.get(sectionIndex);
    }

    List<PairPartner> requiredPairs(int sectionIndex) {
        return requiredPairs.get(sectionIndex);
    }

    /** The required pairwise rules whose partners' rooms can break them (SameRoom, DifferentRoom, travel). */
    List<PairPartner> requiredRoomPairs(int sectionIndex) {
        return requiredRoomPairs.get(sectionIndex);
    }

    List<Distribution> requiredGroups(int sectionIndex) {
        return requiredGroups.get(sectionIndex);
    }
}
