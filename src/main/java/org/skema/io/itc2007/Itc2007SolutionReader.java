package org.skema.io.itc2007;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skema.io.InputException;
import org.skema.io.IoReasons;
import org.skema.io.SolutionFile;
import org.skema.model.Assignment;
import org.skema.model.Course;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/**
 * Reads an ITC 2007 solution (.sol): one line {@code <course> <room> <day> <period>} per lecture,
 * in any order. A course's lectures are alike, so its lines fill its sections in order; lectures
 * without a line stay unplaced. Lines the official validator would skip with a warning are errors
 * here (unknown course or room, a day or period out of range), except a second line for a course
 * in a period it already holds: the validator drops that one, so it is dropped here as well and the
 * lecture it would have placed stays unplaced, as the validator counts it.
 */
public final class Itc2007SolutionReader {
    private final String file;
    private final Problem problem;
    private final int periodsPerDay;
    private final Map<Course, List<Section>> lectures = new HashMap<>();
    private final Map<Course, Set<TimePattern>> heldPeriods = new HashMap<>();
    private final Assignment[] assignments;
    private int line;

    private Itc2007SolutionReader(String file, Problem problem) {
        this.file = file;
        this.problem = problem;
        this.periodsPerDay = periodsPerDay(problem);
        this.assignments = new Assignment[problem.sections().size()];
    }

    /** @throws InputException naming file and line when the file is missing or a line does not fit the problem */
    public static SolutionFile read(Path path, Problem problem) {
        if (Files.isDirectory(path)) {
            throw new InputException(path.toString(), 0, null, "is a folder, not a file");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new InputException(path.toString(), 0, null, "cannot read: " + IoReasons.of(e));
        }
        return new Itc2007SolutionReader(path.toString(), problem).read(lines);
    }

    private SolutionFile read(List<String> lines) {
        for (String text : lines) {
            line++;
            String stripped = text.strip();
            if (!stripped.isEmpty()) {
                place(stripped.split("\\s+"));
            }
        }
        List<Assignment> list = new ArrayList<>(assignments.length);
        for (Section section : problem.sections()) {
            Assignment assignment = assignments[section.index()];
            list.add(assignment != null ? assignment : Assignment.unplaced(section));
        }
        // ITC 2007 problems have no students; any other problem's students are sectioned by the caller.
        return new SolutionFile(problem, list, problem.students().isEmpty() ? Enrolments.none(problem) : null,
                Map.of());
    }

    private void place(String[] fields) {
        if (fields.length != 4) {
            throw error(null, "expected 4 fields \"<course> <room> <day> <period>\", got " + fields.length);
        }
        Course course = problem.course(fields[0]);
        if (course == null) {
            throw error("course", "unknown course '" + CttTokens.shorten(fields[0]) + "'");
        }
        Room room = room(fields[1]);
        if (room == null) {
            throw error("room", "unknown room '" + CttTokens.shorten(fields[1]) + "'");
        }
        int day = number(fields[2], "day", problem.calendar().daysPerWeek());
        int period = number(fields[3], "period", periodsPerDay);
        TimePattern time = CttPeriods.pattern(day, period);
        if (!heldPeriods.computeIfAbsent(course, c -> new HashSet<>()).add(time)) {
            return; // a course holds one lecture per period: the validator drops the second line
        }
        List<Section> sections = lectures.computeIfAbsent(course, Course::sections);
        int next = heldPeriods.get(course).size() - 1;
        if (next >= sections.size()) {
            throw error("course", "course " + course.id() + " has " + sections.size() + " lecture(s), and this line"
                    + " would be lecture " + (next + 1));
        }
        Section section = sections.get(next);
        TimeOption option = section.timeOption(time);
        if (option == null) {
            throw error("day", "course " + course.id() + " cannot be taught on day " + day + ", period " + period
                    + " (the problem makes it unavailable then)");
        }
        RoomOption roomOption = section.roomOption(room);
        if (roomOption == null) {
            throw error("room", "room " + room.id() + " is not allowed for course " + course.id());
        }
        assignments[section.index()] = new Assignment(section, option, roomOption);
    }

    /**
     * The room by id. Copies of the instances from the old Udine site drop the "r" of the room ids
     * ("B" for "rB") and many published solutions use those names, so an unknown id is tried with
     * the prefix too.
     */
    private Room room(String id) {
        Room room = problem.room(id);
        return room != null ? room : problem.room("r" + id);
    }

    private int number(String text, String field, int limit) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error(field, field + " must be a whole number, got \"" + CttTokens.shorten(text) + "\"");
        }
        if (value < 0 || value >= limit) {
            throw error(field, field + " must be from 0 to " + (limit - 1) + ", got " + value);
        }
        return value;
    }

    private InputException error(String field, String detail) {
        return new InputException(file, line, field, detail);
    }

    /** Periods a day, as far as the problem's times show: one more than the latest period any section may use. */
    private static int periodsPerDay(Problem problem) {
        int periods = 0;
        for (Section section : problem.sections()) {
            for (TimeOption option : section.times()) {
                CttPeriods.Period period = CttPeriods.of(option.pattern());
                if (period != null) {
                    periods = Math.max(periods, period.period() + 1);
                }
            }
        }
        return periods;
    }
}
