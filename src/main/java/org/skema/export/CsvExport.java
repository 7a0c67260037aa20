package org.skema.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.skema.io.FormulaCells;
import org.skema.io.StagedFolder;
import org.skema.model.Calendar;
import org.skema.model.Room;
import org.skema.model.Section;
import org.skema.model.Student;
import org.skema.model.Teacher;
import org.skema.model.TimeText;

/**
 * Writes the timetable as CSV: meetings.csv with one row per meeting (a section on one day of the
 * week), and one file per view whose first columns name whose row it is: teacher-meetings.csv,
 * room-meetings.csv, group-meetings.csv and student-meetings.csv. Every text cell is made formula-safe.
 */
public final class CsvExport {
    /** The files written, in order. */
    public static final List<String> FILES = List.of("meetings.csv", "teacher-meetings.csv", "room-meetings.csv",
            "group-meetings.csv", "student-meetings.csv");
    private static final List<String> MEETING_COLUMNS = List.of("section", "course", "course_name", "type",
            "section_name", "day", "start", "end", "weeks", "room", "building", "teachers", "students");

    /**
     * @param semicolon use ';' between cells (European Excel) instead of ','
     * @param bom       start each file with a UTF-8 byte-order mark, so that Excel reads it as UTF-8
     */
    public record Options(boolean semicolon, boolean bom) {
    }

    private final Schedule schedule;
    private final Calendar calendar;
    private final CSVFormat format;
    private final boolean bom;

    public CsvExport(Schedule schedule, Options options) {
        this.schedule = schedule;
        this.calendar = schedule.problem().calendar();
        this.format = CSVFormat.DEFAULT.builder().setDelimiter(options.semicolon() ? ';' : ',')
                .setRecordSeparator("\r\n").get();
        this.bom = options.bom();
    }

    /** Writes the five files into {@code folder}, all or none; @return the paths written */
    public List<Path> write(Path folder, boolean force) {
        try (StagedFolder out = StagedFolder.open(folder, force)) {
            write(out);
            out.commit();
        }
        return FILES.stream().map(folder::resolve).toList();
    }

    /** Writes the five files into a staged folder. */
    public void write(StagedFolder folder) {
        file(folder, FILES.get(0), List.of(), meetings(schedule.timed(), List.of()));
        List<List<String>> teacherRows = new ArrayList<>();
        for (Map.Entry<Teacher, List<Section>> entry : schedule.byTeacher().entrySet()) {
            teacherRows.addAll(meetings(entry.getValue(), List.of(entry.getKey().id(), entry.getKey().name())));
        }
        file(folder, FILES.get(1), List.of("teacher", "teacher_name"), teacherRows);
        List<List<String>> roomRows = new ArrayList<>();
        for (Map.Entry<Room, List<Section>> entry : schedule.byRoom().entrySet()) {
            roomRows.addAll(meetings(entry.getValue(), List.of(entry.getKey().id(), entry.getKey().name())));
        }
        file(folder, FILES.get(2), List.of("room_id", "room_name"), roomRows);
        List<List<String>> groupRows = new ArrayList<>();
        schedule.byGroup().forEach((group, sections) -> sections.forEach((section, count) ->
                groupRows.addAll(meetings(List.of(section), List.of(group, "" + count)))));
        file(folder, FILES.get(3), List.of("group", "group_students"), groupRows);
        List<List<String>> studentRows = new ArrayList<>();
        for (Student student : schedule.problem().students()) {
            studentRows.addAll(meetings(schedule.of(student), List.of(student.id(), student.group())));
        }
        file(folder, FILES.get(4), List.of("student", "group"), studentRows);
    }

    /** One row per meeting of each section, the key cells first. */
    private List<List<String>> meetings(List<Section> sections, List<String> key) {
        List<List<String>> rows = new ArrayList<>();
        for (Section section : sections) {
            var time = schedule.time(section);
            Room room = schedule.room(section);
            for (int day : schedule.days(section)) {
                List<String> row = new ArrayList<>(key);
                row.addAll(List.of(section.id(), section.course().id(), section.course().name(),
                        section.subpart().name(), section.name(), TimeText.dayName(day),
                        TimeText.clock(time.start(), calendar), TimeText.clock(time.end(), calendar),
                        TimeText.weeks(time.weeks()), room == null ? "" : room.id(), room == null ? "" : room.building(),
                        String.join(" + ", section.teachers().stream().map(Teacher::name).toList()),
                        "" + schedule.attendance(section)));
                rows.add(row);
            }
        }
        return rows;
    }

    private void file(StagedFolder folder, String name, List<String> keyColumns, List<List<String>> rows) {
        folder.write(name, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (bom) {
                writer.write('\uFEFF');
            }
            // Not closed: the folder owns the stream.
            CSVPrinter printer = new CSVPrinter(writer, format);
            List<String> header = new ArrayList<>(keyColumns);
            header.addAll(MEETING_COLUMNS);
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(FormulaCells::protect).toList());
            }
            printer.flush();
        });
    }
}
