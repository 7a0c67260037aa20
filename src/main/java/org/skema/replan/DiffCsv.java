package org.skema.replan;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.skema.io.FormulaCells;
import org.skema.io.AtomicFiles;
import org.skema.model.Assignment;
import org.skema.model.Calendar;
import org.skema.model.Room;
import org.skema.model.TimeText;

/**
 * Writes a {@link TimetableDiff} as CSV: one row per moved section with its old and new time and
 * room and the people it moves (ids separated by spaces; "unplaced" instead of "moved" for a
 * section that lost its time, and with it its room), then one row per new section (no old
 * time) and per dropped section (no new time). Cells are made formula-safe.
 */
public final class DiffCsv {
    public static final List<String> COLUMNS = List.of("change", "section", "course", "old_time", "old_room",
            "new_time", "new_room", "student_count", "teachers", "students");

    private DiffCsv() {
    }

    public static void write(TimetableDiff diff, Calendar calendar, Path file, boolean force) {
        AtomicFiles.write(file, force, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // Not closed: AtomicFiles owns the stream and still has to sync it.
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            printer.printRecord(COLUMNS);
            for (TimetableDiff.Move move : diff.moved()) {
                var after = move.after();
                Room room = after.hasTime() ? after.roomOrNull() : null;
                print(printer, List.of(after.hasTime() ? "moved" : "unplaced", move.section().id(), move.section().course().id(),
                        TimeText.pattern(move.before().time(), calendar), nullAsEmpty(move.before().roomId()),
                        after.hasTime() ? TimeText.pattern(after.time().pattern(), calendar) : "",
                        room == null ? "" : room.id(), "" + move.students().size(), String.join(" ", move.teachers()),
                        String.join(" ", move.students())));
            }
            for (Assignment added : diff.added()) {
                Room room = added.roomOrNull();
                print(printer, List.of("new", added.section().id(), added.section().course().id(), "", "",
                        TimeText.pattern(added.time().pattern(), calendar), room == null ? "" : room.id(), "", "", ""));
            }
            for (String id : diff.dropped()) {
                print(printer, List.of("dropped", id, "", "", "", "", "", "", "", ""));
            }
            printer.flush();
        });
    }

    private static void print(CSVPrinter printer, List<String> row) throws IOException {
        printer.printRecord(row.stream().map(FormulaCells::protect).toList());
    }

    private static String nullAsEmpty(String text) {
        return text == null ? "" : text;
    }
}
