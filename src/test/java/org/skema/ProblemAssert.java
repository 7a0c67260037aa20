package org.skema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.Distribution;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Student;
import org.skema.model.Subpart;
import org.skema.model.Teacher;

/**
 * Compares two problems (or solutions) field by field, naming the first difference by its place,
 * so that a failing round trip says what was lost. Objects are compared by their ids.
 */
public final class ProblemAssert {
    private ProblemAssert() {
    }

    public static void assertSameProblem(Problem actual, Problem expected) {
        assertThat(actual.name()).as("name").isEqualTo(expected.name());
        assertThat(actual.calendar()).as("calendar").isEqualTo(expected.calendar());
        assertThat(actual.weights()).as("weights").isEqualTo(expected.weights());
        assertThat(ids(actual.rooms())).as("room ids").isEqualTo(ids(expected.rooms()));
        for (int i = 0; i < expected.rooms().size(); i++) {
            assertSameRoom(actual.rooms().get(i), expected.rooms().get(i));
        }
        for (Room a : expected.rooms()) {
            for (Room b : expected.rooms()) {
                assertThat(actual.travel().between(actual.room(a.id()), actual.room(b.id())))
                        .as("travel %s-%s", a.id(), b.id()).isEqualTo(expected.travel().between(a, b));
            }
        }
        assertThat(ids(actual.teachers())).as("teacher ids").isEqualTo(ids(expected.teachers()));
        for (int i = 0; i < expected.teachers().size(); i++) {
            assertSameTeacher(actual.teachers().get(i), expected.teachers().get(i));
        }
        assertThat(ids(actual.courses())).as("course ids").isEqualTo(ids(expected.courses()));
        for (int i = 0; i < expected.courses().size(); i++) {
            assertSameCourse(actual.courses().get(i), expected.courses().get(i));
        }
        assertThat(ids(actual.sections())).as("section order").isEqualTo(ids(expected.sections()));
        assertThat(actual.distributions()).as("distribution count").hasSameSizeAs(expected.distributions());
        for (int i = 0; i < expected.distributions().size(); i++) {
            assertSameDistribution(actual.distributions().get(i), expected.distributions().get(i), i);
        }
        assertThat(ids(actual.curricula())).as("curriculum ids").isEqualTo(ids(expected.curricula()));
        for (int i = 0; i < expected.curricula().size(); i++) {
            assertThat(ids(actual.curricula().get(i).sections())).as("curriculum %s sections", expected.curricula().get(i))
                    .isEqualTo(ids(expected.curricula().get(i).sections()));
        }
        assertThat(ids(actual.students())).as("student ids").isEqualTo(ids(expected.students()));
        for (int i = 0; i < expected.students().size(); i++) {
            assertSameStudent(actual.students().get(i), expected.students().get(i));
        }
    }

    public static void assertSameSolution(Solution actual, Solution expected) {
        assertThat(actual.assignments()).as("assignment count").hasSameSizeAs(expected.assignments());
        for (int i = 0; i < expected.assignments().size(); i++) {
            var a = actual.assignments().get(i);
            var e = expected.assignments().get(i);
            String at = "assignment of " + e.section().id();
            assertThat(a.section().id()).as(at).isEqualTo(e.section().id());
            assertThat(a.time()).as(at + " time").isEqualTo(e.time());
            assertThat(a.room() == null ? null : a.room().room().id()).as(at + " room")
                    .isEqualTo(e.room() == null ? null : e.room().room().id());
            assertThat(a.room() == null ? null : a.room().penalty()).as(at + " room penalty")
                    .isEqualTo(e.room() == null ? null : e.room().penalty());
        }
        assertThat(actual.enrolments()).as("enrolment count").hasSameSizeAs(expected.enrolments());
        for (int i = 0; i < expected.enrolments().size(); i++) {
            assertThat(ids(actual.enrolments().get(i))).as("enrolment of student %d", i)
                    .isEqualTo(ids(expected.enrolments().get(i)));
        }
    }

    private static void assertSameRoom(Room a, Room e) {
        String at = "room " + e.id();
        assertThat(a.index()).as(at + " index").isEqualTo(e.index());
        assertThat(a.name()).as(at + " name").isEqualTo(e.name());
        assertThat(a.capacity()).as(at + " capacity").isEqualTo(e.capacity());
        assertThat(a.building()).as(at + " building").isEqualTo(e.building());
        assertThat(a.features()).as(at + " features").isEqualTo(e.features());
        assertThat(a.unavailable()).as(at + " unavailable").isEqualTo(e.unavailable());
    }

    private static void assertSameTeacher(Teacher a, Teacher e) {
        String at = "teacher " + e.id();
        assertThat(a.name()).as(at + " name").isEqualTo(e.name());
        assertThat(a.kind()).as(at + " kind").isEqualTo(e.kind());
        assertThat(a.unavailable()).as(at + " unavailable").isEqualTo(e.unavailable());
        assertThat(a.undesired()).as(at + " undesired").isEqualTo(e.undesired());
    }

    private static void assertSameCourse(Course a, Course e) {
        String at = "course " + e.id();
        assertThat(a.name()).as(at + " name").isEqualTo(e.name());
        assertThat(a.minDays()).as(at + " minimum days").isEqualTo(e.minDays());
        assertThat(a.configs().stream().map(Config::id).toList()).as(at + " configs")
                .isEqualTo(e.configs().stream().map(Config::id).toList());
        for (int c = 0; c < e.configs().size(); c++) {
            Config ac = a.configs().get(c);
            Config ec = e.configs().get(c);
            assertThat(ac.subparts().stream().map(Subpart::id).toList()).as(ec + " subparts")
                    .isEqualTo(ec.subparts().stream().map(Subpart::id).toList());
            for (int s = 0; s < ec.subparts().size(); s++) {
                Subpart as = ac.subparts().get(s);
                Subpart es = ec.subparts().get(s);
                assertThat(as.name()).as(es + " name").isEqualTo(es.name());
                assertThat(ids(as.sections())).as(es + " sections").isEqualTo(ids(es.sections()));
                for (int k = 0; k < es.sections().size(); k++) {
                    assertSameSection(as.sections().get(k), es.sections().get(k));
                }
            }
        }
    }

    private static void assertSameSection(Section a, Section e) {
        String at = "section " + e.id();
        assertThat(a.index()).as(at + " index").isEqualTo(e.index());
        assertThat(a.name()).as(at + " name").isEqualTo(e.name());
        assertThat(a.limit()).as(at + " limit").isEqualTo(e.limit());
        assertThat(a.parent() == null ? null : a.parent().id()).as(at + " parent")
                .isEqualTo(e.parent() == null ? null : e.parent().id());
        assertThat(ids(a.teachers())).as(at + " teachers").isEqualTo(ids(e.teachers()));
        assertThat(a.needsRoom()).as(at + " needsRoom").isEqualTo(e.needsRoom());
        assertThat(a.requiredFeatures()).as(at + " required features").isEqualTo(e.requiredFeatures());
        assertThat(a.times()).as(at + " times").isEqualTo(e.times());
        assertThat(roomOptions(a.rooms())).as(at + " rooms").isEqualTo(roomOptions(e.rooms()));
    }

    private static void assertSameDistribution(Distribution a, Distribution e, int i) {
        String at = "distribution " + i + " (" + e.typeText() + ")";
        assertThat(a.type()).as(at + " type").isEqualTo(e.type());
        assertThat(a.parameters()).as(at + " parameters").isEqualTo(e.parameters());
        assertThat(ids(a.sections())).as(at + " sections").isEqualTo(ids(e.sections()));
        assertThat(a.required()).as(at + " required").isEqualTo(e.required());
        assertThat(a.penalty()).as(at + " penalty").isEqualTo(e.penalty());
    }

    private static void assertSameStudent(Student a, Student e) {
        String at = "student " + e.id();
        assertThat(a.group()).as(at + " group").isEqualTo(e.group());
        assertThat(ids(a.courses())).as(at + " courses").isEqualTo(ids(e.courses()));
        assertThat(ids(a.fixedSections())).as(at + " fixed sections").isEqualTo(ids(e.fixedSections()));
    }

    private static List<String> roomOptions(List<RoomOption> options) {
        return options.stream().map(o -> o.room().id() + ":" + o.penalty()).toList();
    }

    private static List<String> ids(List<?> things) {
        return things.stream().map(Object::toString).toList();
    }
}
