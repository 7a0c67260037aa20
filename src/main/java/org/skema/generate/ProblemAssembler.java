package org.skema.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.skema.model.Assignment;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Subpart;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;

/** Turns the blueprint into a problem through {@link ProblemBuilder}, and its planted placement into a solution. */
final class ProblemAssembler {
    private ProblemAssembler() {
    }

    static GeneratedFaculty assemble(String name, TeachingGrid grid, Blueprint plan, int travelSlots) {
        ProblemBuilder builder = new ProblemBuilder(name, grid.calendar()).weights(ObjectiveWeights.faculty());
        List<Room> rooms = new ArrayList<>(plan.rooms.size());
        for (RoomSpec spec : plan.rooms) {
            rooms.add(builder.addRoom(spec.id(), spec.name(), spec.capacity(), spec.building(),
                    new LinkedHashSet<>(spec.features()), spec.unavailable()));
        }
        for (RoomSpec a : plan.rooms) {
            for (RoomSpec b : plan.rooms) {
                if (a.index() < b.index() && a.campus() != b.campus()) {
                    builder.setTravel(rooms.get(a.index()), rooms.get(b.index()), travelSlots);
                }
            }
        }
        // Maps below are looked up, never iterated.
        Map<TeacherPlan, Teacher> teachers = new HashMap<>();
        for (TeacherPlan teacher : plan.teachers()) {
            teachers.put(teacher, builder.addTeacher(teacher.id, teacher.name, teacher.kind, teacher.unavailable,
                    teacher.undesired));
        }
        Map<CoursePlan, Course> courses = new HashMap<>();
        Map<SectionPlan, Section> sections = new HashMap<>();
        List<SectionPlan> inOrder = new ArrayList<>();
        for (CoursePlan coursePlan : plan.courses) {
            Course course = builder.addCourse(coursePlan.id, coursePlan.name);
            courses.put(coursePlan, course);
            Config config = builder.addConfig(course, "1");
            for (SubpartPlan subpartPlan : coursePlan.subparts) {
                Subpart subpart = builder.addSubpart(config, subpartPlan.id, subpartPlan.name);
                for (SectionPlan section : subpartPlan.sections) {
                    List<RoomOption> roomOptions = section.rooms.stream()
                            .map(choice -> new RoomOption(rooms.get(choice.room().index()), choice.penalty())).toList();
                    sections.put(section, builder.addSection(subpart, section.id, section.name, section.limit,
                            section.parent == null ? null : section.parent.id,
                            section.teachers.stream().map(teachers::get).toList(), true,
                            new LinkedHashSet<>(section.features), section.times, roomOptions));
                    inOrder.add(section);
                }
            }
        }
        for (DistributionPlan distribution : plan.distributions) {
            builder.addDistribution(distribution.type(), new int[0],
                    distribution.sections().stream().map(sections::get).toList(), distribution.required(),
                    distribution.penalty());
        }
        List<List<Section>> enrolments = new ArrayList<>(plan.students.size());
        for (StudentPlan student : plan.students) {
            List<Section> attended = student.sections.stream().map(sections::get)
                    .sorted(Comparator.comparingInt(Section::index)).toList();
            builder.addStudent(student.id, student.group, student.courses.stream().map(courses::get).toList(), attended);
            enrolments.add(attended);
        }
        Problem problem = builder.build();
        List<Assignment> assignments = new ArrayList<>(inOrder.size());
        for (SectionPlan planned : inOrder) {
            Section section = sections.get(planned);
            TimeOption time = section.times().get(planned.timeIndex);
            RoomOption room = section.roomOption(rooms.get(planned.room.index()));
            assignments.add(new Assignment(section, time, room));
        }
        return new GeneratedFaculty(problem, new Solution(problem, assignments, Enrolments.of(enrolments)));
    }
}
