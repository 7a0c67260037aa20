package org.skema.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.skema.io.xlsx.TimeOfDay;
import org.skema.model.Calendar;
import org.skema.model.Room;
import org.skema.model.Section;
import org.skema.model.Student;
import org.skema.model.Teacher;
import org.skema.model.TimePattern;
import org.skema.model.TimeText;

/**
 * The tables both the CSV and the workbook export write: "meetings", one row per meeting (a section
 * on one day of the week), and the views "teacher-meetings", "room-meetings", "group-meetings" and
 * "student-meetings", which repeat those rows with whose row it is in the first columns. Cells are
 * typed: text, whole numbers ({@link Integer}), the first and last calendar date of the meeting's
 * series ({@link java.time.LocalDate}) and clock times ({@link TimeOfDay}). Weeks are text that
 * starts with "weeks " ("weeks 1-14"), which no spreadsheet takes for a date, as it takes "1-14".
 */
public final class MeetingViews {
    public static final List<String> NAMES = List.of("meetings", "teacher-meetings", "room-meetings",
            "group-meetings", "student-meetings");
    static final List<String> MEETING_COLUMNS = List.of("section", "course", "course_name", "type", "section_name",
            "day", "start", "end", "weeks", "first_date", "last_date", "room", "building", "teachers", "students");

    /** One table: its name, its columns and its rows, made as they are asked for (the student view is long). */
    public record View(String name, List<String> columns, Consumer<Consumer<List<Object>>> rows) {
        public void forEachRow(Consumer<List<Object>> row) {
            rows.accept(row);
        }
    }

    private final Schedule schedule;
    private final Semester semester;
    private final Calendar calendar;

    public MeetingViews(Schedule schedule, Semester semester) {
        this.schedule = schedule;
        this.semester = semester;
        this.calendar = schedule.problem().calendar();
    }

    /** The five tables, in {@link #NAMES} order. */
    public List<View> views() {
        return List.of(
                view(NAMES.get(0), List.of(), out -> meetings(schedule.timed(), List.of(), out)),
                view(NAMES.get(1), List.of("teacher", "teacher_name"), out -> {
                    for (Map.Entry<Teacher, List<Section>> entry : schedule.byTeacher().entrySet()) {
                        meetings(entry.getValue(), List.of(entry.getKey().id(), entry.getKey().name()), out);
                    }
                }),
                view(NAMES.get(2), List.of("room_id", "room_name"), out -> {
                    for (Map.Entry<Room, List<Section>> entry : schedule.byRoom().entrySet()) {
                        meetings(entry.getValue(), List.of(entry.getKey().id(), entry.getKey().name()), out);
                    }
                }),
                view(NAMES.get(3), List.of("group", "group_students"), out -> schedule.byGroup().forEach(
                        (group, sections) -> sections.forEach((section, count) ->
                                meetings(List.of(section), List.of(group, count), out)))),
                view(NAMES.get(4), List.of("student", "group"), out -> {
                    for (Student student : schedule.problem().students()) {
                        meetings(schedule.of(student), List.of(student.id(), student.group()), out);
                    }
                }));
    }

    private static View view(String name, List<String> keyColumns, Consumer<Consumer<List<Object>>> rows) {
        List<String> columns = new ArrayList<>(keyColumns);
        columns.addAll(MEETING_COLUMNS);
        return new View(name, List.copyOf(columns), rows);
    }

    /** One row per meeting of each section, the key cells first. */
    private void meetings(List<Section> sections, List<Object> key, Consumer<List<Object>> out) {
        int perSlot = calendar.minutesPerSlot();
        for (Section section : sections) {
            TimePattern time = schedule.time(section);
            Room room = schedule.room(section);
            for (int day : schedule.days(section)) {
                List<Object> row = new ArrayList<>(key.size() + MEETING_COLUMNS.size());
                row.addAll(key);
                row.addAll(List.of(section.id(), section.course().id(), section.course().name(),
                        section.subpart().name(), section.name(), TimeText.dayName(day),
                        new TimeOfDay(time.start() * perSlot), new TimeOfDay(time.end() * perSlot),
                        "weeks " + TimeText.weeks(time.weeks()), semester.first(time, day), semester.last(time, day),
                        room == null ? "" : room.id(), room == null ? "" : room.building(),
                        String.join(" + ", section.teachers().stream().map(Teacher::name).toList()),
                        schedule.attendance(section)));
                out.accept(row);
            }
        }
    }
}
