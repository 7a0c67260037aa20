package org.skema.export;

import org.skema.io.StagedFolder;
import org.skema.io.xlsx.SheetWriter;
import org.skema.io.xlsx.XlsxBook;

/**
 * Writes the timetable as one Excel workbook, timetable.xlsx: a sheet per table of {@link MeetingViews}
 * (meetings and the teacher, room, group and student views), each with a frozen header row and an
 * autofilter, dates as date cells, times as time cells, numbers as numbers and text as string cells,
 * so that nothing in it can run as a formula.
 */
public final class XlsxExport {
    public static final String FILE = "timetable.xlsx";

    private final MeetingViews views;

    public XlsxExport(Schedule schedule, Semester semester) {
        this.views = new MeetingViews(schedule, semester);
    }

    /** Writes the workbook into a staged folder. */
    public void write(StagedFolder folder) {
        folder.write(FILE, out -> {
            try (XlsxBook book = new XlsxBook()) {
                for (MeetingViews.View view : views.views()) {
                    SheetWriter sheet = book.sheet(view.name(), view.columns());
                    view.forEachRow(sheet::row);
                    sheet.finish();
                }
                book.write(out);
            }
        });
    }
}
