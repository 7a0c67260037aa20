package org.skema.io.itc2019;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.skema.io.AtomicFiles;
import org.skema.model.Calendar;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.Distribution;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Student;
import org.skema.model.Subpart;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/**
 * Writes any problem as an ITC 2019 problem, so other solvers can run on our datasets. What ITC
 * 2019 can express is mapped: a teacher's sections become a required SameAttendees (travel
 * included), teacher unavailability removes times, hard room capacity removes rooms smaller than
 * the section's limit, ids that are not numbers are numbered (see {@link Itc2019Ids}). What it
 * cannot express is left out and listed by {@link #write}.
 */
public final class Itc2019ProblemWriter {
    private Itc2019ProblemWriter() {
    }

    /** Writes the file and returns one sentence for each thing ITC 2019 could not express. */
    public static List<String> write(Problem problem, Path file, boolean force) {
        Itc2019Ids ids = Itc2019Ids.of(problem);
        List<String> omissions = omissions(problem, ids);
        AtomicFiles.write(file, force, out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
                new Document(problem, ids, xml).write();
                xml.flush();
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
            text.flush();
        });
        return omissions;
    }

    static List<String> omissions(Problem problem, Itc2019Ids ids) {
        List<String> omissions = new ArrayList<>();
        if (!ids.renumbered().isEmpty()) {
            omissions.add("ids of " + String.join(", ", ids.renumbered()) + " are numbered 1, 2, ... in problem order "
                    + "(ITC 2019 ids are numbers, unique per kind)");
        }
        if (hasNames(problem)) {
            omissions.add("names, buildings, room features and student groups have no ITC 2019 counterpart");
        }
        ObjectiveWeights weights = problem.weights();
        if (weights.studentGap() > 0) {
            omissions.add("student gaps (weight " + weights.studentGap() + ") have no ITC 2019 counterpart");
        }
        long undesired = problem.teachers().stream().filter(t -> !t.undesired().isEmpty()).count();
        if (weights.teacherUndesired() > 0 && undesired > 0) {
            omissions.add("undesired times of " + undesired + " teacher(s) have no ITC 2019 counterpart");
        }
        List<String> withdrawn = problem.teachers().stream().filter(Teacher::withdrawn).map(Teacher::id).toList();
        if (!withdrawn.isEmpty()) {
            omissions.add("withdrawn teacher(s) " + String.join(", ", withdrawn) + " have no ITC 2019 counterpart:"
                    + " their sections keep every time");
        }
        long fixed = problem.students().stream().filter(s -> !s.fixedSections().isEmpty()).count();
        if (fixed > 0) {
            omissions.add("fixed section choices of " + fixed + " student(s) are dropped: ITC 2019 students request "
                    + "courses and the solver sections them");
        }
        long emptied = problem.sections().stream().filter(s -> times(s).isEmpty()).count();
        if (emptied > 0) {
            omissions.add(emptied + " section(s) keep all their times although their teachers are unavailable at "
                    + "every one (ITC 2019 needs at least one time)");
        }
        curriculumOmissions(problem, omissions);
        return omissions;
    }

    private static boolean hasNames(Problem problem) {
        return problem.rooms().stream().anyMatch(r -> !r.name().equals(r.id()) || !r.building().isEmpty()
                        || !r.features().isEmpty())
                || problem.courses().stream().anyMatch(c -> !c.name().equals(c.id()))
                || problem.sections().stream().anyMatch(s -> !s.name().equals(s.id())
                        || !s.subpart().name().equals(s.subpart().id()))
                || problem.students().stream().anyMatch(s -> !s.group().isEmpty());
    }

    /** The curriculum-based rules (ITC 2007's) have no ITC 2019 counterpart. */
    private static void curriculumOmissions(Problem problem, List<String> omissions) {
        ObjectiveWeights weights = problem.weights();
        if (!problem.curricula().isEmpty()) {
            omissions.add(problem.curricula().size() + " curricula are dropped: ITC 2019 has no curricula, so neither"
                    + " their no-overlap rule nor their compactness");
        }
        long spread = problem.courses().stream().filter(course -> course.minDays() > 0).count();
        if (weights.minWorkingDays() > 0 && spread > 0) {
            omissions.add("minimum working days of " + spread + " course(s) have no ITC 2019 counterpart");
        }
        if (weights.roomOverflow() > 0 || weights.roomStability() > 0) {
            omissions.add("room capacity overflow and room stability weights have no ITC 2019 counterpart");
        }
    }

    /** The section's times at which all its teachers are available. */
    private static List<TimeOption> times(Section section) {
        return section.times().stream().filter(option -> section.teachers().stream()
                .noneMatch(teacher -> teacher.isUnavailableAt(option.pattern()))).toList();
    }

    private record Document(Problem problem, Itc2019Ids ids, XMLStreamWriter xml) {
        void write() throws XMLStreamException {
            Calendar calendar = problem.calendar();
            ObjectiveWeights weights = problem.weights();
            xml.writeStartDocument("UTF-8", "1.0");
            newline(0);
            xml.writeStartElement("problem");
            xml.writeAttribute("name", problem.name());
            xml.writeAttribute("nrDays", String.valueOf(calendar.daysPerWeek()));
            xml.writeAttribute("nrWeeks", String.valueOf(calendar.weeks()));
            xml.writeAttribute("slotsPerDay", String.valueOf(calendar.slotsPerDay()));
            newline(1);
            xml.writeEmptyElement("optimization");
            xml.writeAttribute("time", String.valueOf(weights.time()));
            xml.writeAttribute("room", String.valueOf(weights.room()));
            xml.writeAttribute("distribution", String.valueOf(weights.distribution()));
            xml.writeAttribute("student", String.valueOf(weights.studentConflict()));
            rooms();
            courses();
            distributions();
            students();
            newline(0);
            xml.writeEndElement();
            newline(0);
            xml.writeEndDocument();
        }

        private void rooms() throws XMLStreamException {
            newline(1);
            xml.writeStartElement("rooms");
            List<Room> rooms = problem.rooms();
            for (Room room : rooms) {
                newline(2);
                xml.writeStartElement("room");
                xml.writeAttribute("id", ids.of(room));
                xml.writeAttribute("capacity", String.valueOf(room.capacity()));
                for (Room other : rooms.subList(room.index() + 1, rooms.size())) {
                    int slots = problem.travel().between(room, other);
                    if (slots > 0) {
                        newline(3);
                        xml.writeEmptyElement("travel");
                        xml.writeAttribute("room", ids.of(other));
                        xml.writeAttribute("value", String.valueOf(slots));
                    }
                }
                // ITC 2019 has no withdrawn rooms: one that is, is unavailable all the time.
                for (TimePattern blocked : room.withdrawn() ? List.of(new TimePattern(problem.calendar().allWeeks(),
                        problem.calendar().allDays(), 0, problem.calendar().slotsPerDay())) : room.unavailable()) {
                    newline(3);
                    xml.writeEmptyElement("unavailable");
                    time(blocked);
                }
                newline(2);
                xml.writeEndElement();
            }
            newline(1);
            xml.writeEndElement();
        }

        private void courses() throws XMLStreamException {
            newline(1);
            xml.writeStartElement("courses");
            for (Course course : problem.courses()) {
                newline(2);
                xml.writeStartElement("course");
                xml.writeAttribute("id", ids.of(course));
                for (Config config : course.configs()) {
                    newline(3);
                    xml.writeStartElement("config");
                    xml.writeAttribute("id", ids.of(config));
                    for (Subpart subpart : config.subparts()) {
                        newline(4);
                        xml.writeStartElement("subpart");
                        xml.writeAttribute("id", ids.of(subpart));
                        for (Section section : subpart.sections()) {
                            section(section);
                        }
                        newline(4);
                        xml.writeEndElement();
                    }
                    newline(3);
                    xml.writeEndElement();
                }
                newline(2);
                xml.writeEndElement();
            }
            newline(1);
            xml.writeEndElement();
        }

        private void section(Section section) throws XMLStreamException {
            newline(5);
            xml.writeStartElement("class");
            xml.writeAttribute("id", ids.of(section));
            xml.writeAttribute("limit", String.valueOf(section.limit()));
            if (section.parent() != null) {
                xml.writeAttribute("parent", ids.of(section.parent()));
            }
            if (!section.needsRoom()) {
                xml.writeAttribute("room", "false");
            }
            for (RoomOption option : rooms(section)) {
                newline(6);
                xml.writeEmptyElement("room");
                xml.writeAttribute("id", ids.of(option.room()));
                xml.writeAttribute("penalty", String.valueOf(option.penalty()));
            }
            List<TimeOption> times = times(section);
            for (TimeOption option : times.isEmpty() ? section.times() : times) {
                newline(6);
                xml.writeEmptyElement("time");
                time(option.pattern());
                xml.writeAttribute("penalty", String.valueOf(option.penalty()));
            }
            newline(5);
            xml.writeEndElement();
        }

        /** Rooms big enough for the section's limit when capacity is hard; all of them if none is. */
        private List<RoomOption> rooms(Section section) {
            if (!problem.weights().roomCapacityIsHard()) {
                return section.rooms();
            }
            List<RoomOption> fitting = section.rooms().stream()
                    .filter(option -> option.room().capacity() >= section.limit()).toList();
            return fitting.isEmpty() ? section.rooms() : fitting;
        }

        private void distributions() throws XMLStreamException {
            newline(1);
            xml.writeStartElement("distributions");
            for (Distribution distribution : problem.distributions()) {
                distribution(distribution.typeText(), distribution.required(), distribution.penalty(),
                        distribution.sections());
            }
            for (Teacher teacher : problem.teachers()) {
                List<Section> taught = problem.sections().stream().filter(s -> s.teachers().contains(teacher)).toList();
                if (taught.size() >= 2) {
                    distribution("SameAttendees", true, 0, taught);
                }
            }
            newline(1);
            xml.writeEndElement();
        }

        private void distribution(String type, boolean required, int penalty, List<Section> sections)
                throws XMLStreamException {
            newline(2);
            xml.writeStartElement("distribution");
            xml.writeAttribute("type", type);
            if (required) {
                xml.writeAttribute("required", "true");
            } else {
                xml.writeAttribute("penalty", String.valueOf(penalty));
            }
            for (Section section : sections) {
                newline(3);
                xml.writeEmptyElement("class");
                xml.writeAttribute("id", ids.of(section));
            }
            newline(2);
            xml.writeEndElement();
        }

        private void students() throws XMLStreamException {
            newline(1);
            xml.writeStartElement("students");
            for (Student student : problem.students()) {
                newline(2);
                xml.writeStartElement("student");
                xml.writeAttribute("id", ids.of(student));
                for (Course course : student.courses()) {
                    newline(3);
                    xml.writeEmptyElement("course");
                    xml.writeAttribute("id", ids.of(course));
                }
                newline(2);
                xml.writeEndElement();
            }
            newline(1);
            xml.writeEndElement();
        }

        private void time(TimePattern time) throws XMLStreamException {
            Calendar calendar = problem.calendar();
            xml.writeAttribute("days", Itc2019Times.text(time.days(), calendar.daysPerWeek()));
            xml.writeAttribute("start", String.valueOf(time.start()));
            xml.writeAttribute("length", String.valueOf(time.length()));
            xml.writeAttribute("weeks", Itc2019Times.text(time.weeks(), calendar.weeks()));
        }

        private void newline(int depth) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
