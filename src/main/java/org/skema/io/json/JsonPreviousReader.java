package org.skema.io.json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skema.io.json.dto.PlacementJson;
import org.skema.io.json.dto.SolutionJson;
import org.skema.model.Baseline;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.Section;
import org.skema.model.TimePattern;

/**
 * Reads a "skema-solution" file as the previous timetable of a re-plan, against a problem that may
 * have changed since: sections are matched by id (those the problem no longer has are dropped), and
 * a time or room that is no longer allowed, or a room that is gone, is kept as it was written. A
 * broken file is still an error. Students are not read: re-planning sections them again.
 */
final class JsonPreviousReader {
    private final JsonErrors errors;
    private final Problem problem;
    private final JsonPlacements placements;

    private JsonPreviousReader(JsonErrors errors, Problem problem) {
        this.errors = errors;
        this.problem = problem;
        this.placements = new JsonPlacements(errors, problem);
    }

    static Baseline read(Path file, Problem problem) {
        JsonDocument document = JsonDocument.read(file, JsonSolutionReader.FORMAT);
        SolutionJson json = document.bind(SolutionJson.class);
        return new JsonPreviousReader(document.errors(), problem).read(JsonProblemReader.orEmpty(json.sections()));
    }

    private Baseline read(List<PlacementJson> entries) {
        List<Baseline.Placement> found = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            PlacementJson entry = entries.get(i);
            JsonPath at = JsonPath.ROOT.field("sections").index(i, entry.id());
            String id = errors.requireId(entry.id(), at);
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                throw errors.error(at.field("id"), "section " + id + " is listed twice (first at line "
                        + errors.line(JsonPath.ROOT.field("sections").index(first, id)) + ")");
            }
            Section section = problem.section(id);
            if (section == null) {
                dropped.add(id);
                continue;
            }
            Room room = entry.room() == null ? null : problem.room(entry.room());
            found.add(new Baseline.Placement(section, time(entry, section, at), entry.room(), room));
        }
        return errors.at(JsonPath.ROOT, () -> Baseline.of(problem, found, dropped));
    }

    /**
     * The time written: an allowed time of the section when it matches one, else the time as
     * written, which needs its end; null for an unplaced section.
     */
    private TimePattern time(PlacementJson entry, Section section, JsonPath at) {
        if (Boolean.TRUE.equals(entry.unplaced()) || entry.days() == null && entry.start() == null) {
            return null;
        }
        JsonPlacements.Written written = placements.written(entry.days(), entry.start(), entry.end(), entry.weeks(), at);
        List<TimePattern> matches = section.times().stream().map(o -> o.pattern()).filter(written::matches).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (written.end() < 0) {
            throw errors.error(at, "the time of section " + section.id() + " is no longer allowed; its \"end\" is"
                    + " needed to tell where it was");
        }
        return errors.at(at, () -> new TimePattern(written.weeks(), written.days(), written.start(),
                written.end() - written.start()));
    }
}
