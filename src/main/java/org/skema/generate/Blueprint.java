package org.skema.generate;

import java.util.ArrayList;
import java.util.List;

/** Everything generated so far, in the order the problem will list it. */
final class Blueprint {
    final List<RoomSpec> rooms;
    final List<TeacherPlan> internals;
    final List<TeacherPlan> externals;
    final List<CoursePlan> courses = new ArrayList<>();
    final List<DistributionPlan> distributions = new ArrayList<>();
    final List<StudentPlan> students = new ArrayList<>();

    Blueprint(List<RoomSpec> rooms, List<TeacherPlan> internals, List<TeacherPlan> externals) {
        this.rooms = List.copyOf(rooms);
        this.internals = List.copyOf(internals);
        this.externals = List.copyOf(externals);
    }

    List<TeacherPlan> teachers() {
        List<TeacherPlan> all = new ArrayList<>(internals);
        all.addAll(externals);
        return all;
    }

    /** Pseudonymous ids in creation order: S00001, S00002, ... */
    StudentPlan newStudent(String group) {
        StudentPlan student = new StudentPlan(String.format(java.util.Locale.ROOT, "S%05d", students.size() + 1), group);
        students.add(student);
        return student;
    }
}
