package org.skema.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * For each section (by index): the sections it shares a teacher with and the required pairwise
 * rules it takes part in. Depends on problem facts only, so it is built once per solve.
 */
final class ConflictIndex {
    private final List<List<SharedAttendance>> teacherPartners;
    private final List<List<DistributionPair>> requiredPairs;

    private ConflictIndex(List<List<SharedAttendance>> teacherPartners, List<List<DistributionPair>> requiredPairs) {
        this.teacherPartners = teacherPartners;
        this.requiredPairs = requiredPairs;
    }

    static ConflictIndex of(Timetable timetable) {
        int size = timetable.getSections().size();
        List<List<SharedAttendance>> partners = emptyLists(size);
        for (SharedAttendance shared : timetable.getSharedAttendances()) {
            if (shared.teachers() > 0) {
                partners.get(shared.first().index()).add(shared);
                partners.get(shared.second().index()).add(shared);
            }
        }
        List<List<DistributionPair>> pairs = emptyLists(size);
        for (DistributionPair pair : timetable.getDistributionPairs()) {
            if (pair.distribution().required()) {
                pairs.get(pair.first().index()).add(pair);
                pairs.get(pair.second().index()).add(pair);
            }
        }
        return new ConflictIndex(partners, pairs);
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

    List<DistributionPair> requiredPairs(int sectionIndex) {
        return requiredPairs.get(sectionIndex);
    }
}
