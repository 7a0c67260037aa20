package org.skema.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skema.model.Assignment;
import org.skema.model.Distribution;
import org.skema.model.DistributionType;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Student;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;

/** What every generated faculty must look like, whatever the profile and seed. */
final class FacultyChecks {
    private FacultyChecks() {
    }

    static void structure(GeneratedFaculty faculty, FacultyProfile profile) {
        Problem problem = faculty.problem();
        teachers(faculty, profile);
        sections(faculty);
        students(faculty, profile);
        rooms(problem, profile);
        distributions(problem);
    }

    private static void teachers(GeneratedFaculty faculty, FacultyProfile profile) {
        Problem problem = faculty.problem();
        assertThat(problem.teachers().stream().filter(t -> t.kind() == Teacher.Kind.INTERNAL))
                .hasSize(profile.internalTeachers());
        assertThat(problem.teachers().stream().filter(t -> t.kind() == Teacher.Kind.EXTERNAL))
                .hasSize(profile.externalTeachers());
        Map<Teacher, List<Section>> taught = new LinkedHashMap<>();
        problem.teachers().forEach(teacher -> taught.put(teacher, new ArrayList<>()));
        problem.sections().forEach(section -> section.teachers().forEach(t -> taught.get(t).add(section)));
        taught.forEach((teacher, sections) -> {
            assertThat(sections).as("sections of " + teacher.id()).isNotEmpty();
            for (Section section : sections) {
                assertThat(teacher.isUnavailableAt(faculty.planted().assignment(section).time().pattern()))
                        .as(teacher.id() + " available for planted " + section.id()).isFalse();
            }
        });
    }

    private static void sections(GeneratedFaculty faculty) {
        for (Section section : faculty.problem().sections()) {
            assertThat(section.times()).as("times of " + section.id()).isNotEmpty();
            assertThat(section.needsRoom()).isTrue();
            assertThat(section.rooms()).as("rooms of " + section.id()).hasSizeGreaterThanOrEqualTo(RoomCatalog.MIN_OPTIONS);
            int length = section.times().get(0).pattern().length();
            assertThat(section.times()).hasSize(length == TeachingGrid.LECTURE_SLOTS ? 30 : 25);
            for (TimeOption option : section.times()) {
                assertThat(option.pattern().dayCount()).isEqualTo(1);
                assertThat(option.penalty()).isEqualTo(option.pattern().end() > TeachingGrid.SIX_PM ? 2 : 0);
            }
            for (RoomOption option : section.rooms()) {
                assertThat(option.room().features()).containsAll(section.requiredFeatures());
                assertThat(option.room().capacity()).isGreaterThanOrEqualTo(section.limit());
            }
            Assignment planted = faculty.planted().assignment(section);
            assertThat(section.timeOption(planted.time().pattern())).isSameAs(planted.time());
            assertThat(section.roomOption(planted.roomOrNull())).isSameAs(planted.room());
        }
    }

    private static void students(GeneratedFaculty faculty, FacultyProfile profile) {
        Problem problem = faculty.problem();
        int[] attendance = new int[problem.sections().size()];
        Map<String, Integer> groupSizes = new LinkedHashMap<>();
        for (Student student : problem.students()) {
            assertThat(student.id()).matches("S\\d{5}");
            List<Section> enrolment = faculty.planted().enrolment(student);
            assertThat(student.fixedSections()).containsExactlyElementsOf(enrolment);
            enrolment.forEach(section -> attendance[section.index()]++);
            if (student.group().startsWith("BA")) {
                assertThat(student.group()).matches("BA\\d-H\\d\\d");
                groupSizes.merge(student.group(), 1, Integer::sum);
            } else {
                assertThat(student.group()).isEqualTo("MA");
                assertThat(student.courses()).hasSizeBetween(profile.minElectivesPerStudent(),
                        profile.maxElectivesPerStudent());
            }
        }
        assertThat(groupSizes).hasSize(profile.cohorts() * profile.classGroupsPerCohort());
        assertThat(groupSizes.values()).allSatisfy(size -> assertThat(size).isBetween(profile.minGroupSize(),
                profile.maxGroupSize()));
        for (Section section : problem.sections()) {
            assertThat(attendance[section.index()]).as("attendance of " + section.id()).isPositive()
                    .isLessThanOrEqualTo(section.limit());
            boolean group = section.subpart().id().startsWith("E");
            if (group) {
                assertThat(attendance[section.index()]).as("size of group " + section.id())
                        .isBetween(profile.minGroupSize(), profile.maxGroupSize());
            }
            if (section.course().id().startsWith("EL") && !group) {
                assertThat(attendance[section.index()]).as("size of elective " + section.course().id())
                        .isBetween(profile.minElectiveSize(), profile.maxElectiveSize());
            }
        }
    }

    private static void rooms(Problem problem, FacultyProfile profile) {
        assertThat(problem.rooms()).hasSize(profile.mainCampus().roomCount() + profile.secondCampus().roomCount());
        assertThat(problem.rooms().stream().map(Room::building).distinct())
                .containsExactly(profile.mainCampus().name(), profile.secondCampus().name());
        for (Room a : problem.rooms()) {
            for (Room b : problem.rooms()) {
                int expected = a == b || a.building().equals(b.building()) ? 0 : profile.travelMinutes() / 5;
                assertThat(problem.travel().between(a, b)).isEqualTo(expected);
            }
        }
        assertThat(problem.rooms().stream().filter(room -> !room.unavailable().isEmpty())).isNotEmpty();
    }

    private static void distributions(Problem problem) {
        for (Distribution distribution : problem.distributions()) {
            DistributionType type = distribution.type();
            if (distribution.required()) {
                assertThat(type).isIn(DistributionType.DIFFERENT_DAYS, DistributionType.SAME_ATTENDEES);
            } else {
                assertThat(type).isIn(DistributionType.PRECEDENCE, DistributionType.SAME_ROOM);
            }
        }
    }
}
