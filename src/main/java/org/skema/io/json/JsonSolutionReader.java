package org.skema.io.json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skema.io.SolutionFile;
import org.skema.io.json.dto.EnrolmentJson;
import org.skema.io.json.dto.PlacementJson;
import org.skema.io.json.dto.SolutionJson;
import org.skema.model.Assignment;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Student;
import org.skema.model.TimeOption;

/**
 * Reads a "skema-solution" file for a problem. Sections left out are unplaced; when the file has
 * no "students" list at all the enrolments are left to the caller, otherwise students left out
 * attend just their fixed sections.
 */
final class JsonSolutionReader {
    static final String FORMAT = "skema-solution";

    private final JsonErrors errors;
    private final Problem problem;
    private final JsonPlacements placements;

    private JsonSolutionReader(JsonErrors errors, Problem problem) {
        this.errors = errors;
        this.problem = problem;
        this.placements = new JsonPlacements(errors, problem);
    }

    static SolutionFile read(Path file, Problem problem) {
        JsonDocument document = JsonDocument.read(file, FORMAT);
        SolutionJson json = document.bind(SolutionJson.class);
        return new JsonSolutionReader(document.errors(), problem).read(json);
    }

    private SolutionFile read(SolutionJson json) {
        if (json.problem() != null && !json.problem().equals(problem.name())) {
            throw errors.error(JsonPath.ROOT.field("problem"), "this solution is for problem \"" + json.problem()
                    + "\", not for \"" + problem.name() + "\"");
        }
        return new SolutionFile(problem, assignments(JsonProblemReader.orEmpty(json.sections())),
                json.students() == null ? null : enrolments(json.students()), json.info());
    }

    private List<Assignment> assignments(List<PlacementJson> placements) {
        Map<Section, Assignment> bySection = new HashMap<>();
        Map<Section, JsonPath> firstPath = new HashMap<>();
        for (int i = 0; i < placements.size(); i++) {
            PlacementJson placement = placements.get(i);
            JsonPath at = JsonPath.ROOT.field("sections").index(i, placement.id());
            String id = errors.requireId(placement.id(), at);
            Section section = problem.section(id);
            if (section == null) {
                throw errors.error(at.field("id"), "unknown section '" + id + "'");
            }
            JsonPath first = firstPath.putIfAbsent(section, at);
            if (first != null) {
                throw errors.error(at.field("id"), "section " + id + " is listed twice (first at line "
                        + errors.line(first) + ")");
            }
            bySection.put(section, new Assignment(section, time(placement, section, at), room(placement, section, at)));
        }
        List<Assignment> assignments = new ArrayList<>();
        for (Section section : problem.sections()) {
            assignments.add(bySection.getOrDefault(section, Assignment.unplaced(section)));
        }
        return assignments;
    }

    private TimeOption time(PlacementJson placement, Section section, JsonPath at) {
        boolean hasTime = placement.days() != null || placement.start() != null || placement.end() != null
                || placement.weeks() != null;
        if (Boolean.TRUE.equals(placement.unplaced())) {
            if (hasTime) {
                throw errors.error(at, "an unplaced section has no time; leave out \"days\", \"start\", \"end\" and"
                        + " \"weeks\" or \"unplaced\"");
            }
            return null;
        }
        if (placement.days() == null) {
            throw errors.error(at, "missing field \"days\" (or set \"unplaced\": true)");
        }
        return placements.time(section, placements.written(placement.days(), placement.start(), placement.end(),
                placement.weeks(), at), at);
    }

    private RoomOption room(PlacementJson placement, Section section, JsonPath at) {
        return placement.room() == null ? null : placements.room(section, placement.room(), at.field("room"));
    }

    private Enrolments enrolments(List<EnrolmentJson> listed) {
        List<List<Section>> enrolments = new ArrayList<>();
        for (Student student : problem.students()) {
            enrolments.add(student.fixedSections());
        }
        Map<Student, JsonPath> firstPath = new HashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            EnrolmentJson enrolment = listed.get(i);
            JsonPath at = JsonPath.ROOT.field("students").index(i, enrolment.id());
            String id = errors.requireId(enrolment.id(), at);
            Student student = problem.student(id);
            if (student == null) {
                throw errors.error(at.field("id"), "unknown student '" + id + "'");
            }
            JsonPath first = firstPath.putIfAbsent(student, at);
            if (first != null) {
                throw errors.error(at.field("id"), "student " + id + " is listed twice (first at line "
                        + errors.line(first) + ")");
            }
            enrolments.set(student.index(), sections(JsonProblemReader.orEmpty(enrolment.sections()),
                    at.field("sections")));
        }
        return Enrolments.of(enrolments);
    }

    private List<Section> sections(List<String> ids, JsonPath at) {
        List<Section> sections = new ArrayList<>();
        Set<Section> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Section section = problem.section(ids.get(i));
            if (section == null) {
                throw errors.error(at.index(i), "unknown section '" + ids.get(i) + "'");
            }
            if (!seen.add(section)) {
                throw errors.error(at.index(i), "section " + section.id() + " is listed twice");
            }
            sections.add(section);
        }
        return sections;
    }
}
