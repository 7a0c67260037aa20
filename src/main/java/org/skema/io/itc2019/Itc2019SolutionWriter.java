package org.skema.io.itc2019;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.skema.io.AtomicFiles;
import org.skema.model.Assignment;
import org.skema.model.Calendar;
import org.skema.model.Problem;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Student;

/**
 * Writes an ITC 2019 solution: one {@code <class>} per placed class with its students. Metadata
 * (runtime, cores, technique...) comes from {@code info} where present.
 */
public final class Itc2019SolutionWriter {
    private Itc2019SolutionWriter() {
    }

    public static void write(Solution solution, Map<String, Object> info, Path file, boolean force) {
        AtomicFiles.write(file, force, out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
                write(solution, info, xml);
                xml.flush();
            } catch (XMLStreamException e) {
                throw new java.io.IOException(e.getMessage(), e);
            }
            text.flush();
        });
    }

    private static void write(Solution solution, Map<String, Object> info, XMLStreamWriter xml) throws XMLStreamException {
        Problem problem = solution.problem();
        Calendar calendar = problem.calendar();
        List<List<Student>> studentsBySection = new ArrayList<>();
        problem.sections().forEach(s -> studentsBySection.add(new ArrayList<>()));
        for (Student student : problem.students()) {
            for (Section section : solution.enrolment(student)) {
                studentsBySection.get(section.index()).add(student);
            }
        }
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("solution");
        xml.writeAttribute("name", problem.name());
        xml.writeAttribute("runtime", String.valueOf(info.getOrDefault("seconds", info.getOrDefault("runtime", "0"))));
        xml.writeAttribute("cores", String.valueOf(info.getOrDefault("cores", "1")));
        xml.writeAttribute("technique", String.valueOf(info.getOrDefault("technique", "Skema (Timefold Solver local search)")));
        xml.writeAttribute("author", String.valueOf(info.getOrDefault("author", "Skema")));
        xml.writeAttribute("institution", String.valueOf(info.getOrDefault("institution", "Skema project")));
        xml.writeAttribute("country", String.valueOf(info.getOrDefault("country", "Denmark")));
        xml.writeCharacters("\n");
        for (Assignment assignment : solution.assignments()) {
            if (!assignment.hasTime()) {
                continue;
            }
            Section section = assignment.section();
            List<Student> students = studentsBySection.get(section.index());
            xml.writeCharacters("  ");
            if (students.isEmpty()) {
                xml.writeEmptyElement("class");
            } else {
                xml.writeStartElement("class");
            }
            xml.writeAttribute("id", section.id());
            xml.writeAttribute("days", Itc2019Times.text(assignment.time().pattern().days(), calendar.daysPerWeek()));
            xml.writeAttribute("start", String.valueOf(assignment.time().pattern().start()));
            xml.writeAttribute("weeks", Itc2019Times.text(assignment.time().pattern().weeks(), calendar.weeks()));
            if (assignment.room() != null) {
                xml.writeAttribute("room", assignment.roomOrNull().id());
            }
            if (!students.isEmpty()) {
                for (Student student : students) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("student");
                    xml.writeAttribute("id", student.id());
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }
}
