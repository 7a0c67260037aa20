package org.skema.app;

import java.util.ArrayList;
import java.util.List;
import org.skema.export.CsvExport;
import org.skema.export.HtmlReport;
import org.skema.export.IcsExport;
import org.skema.export.MeetingViews;
import org.skema.export.Schedule;
import org.skema.export.XlsxExport;
import org.skema.io.StagedFolder;

/** The last stage: publishes a judged timetable as CSV files, a workbook, calendars and a report, all or nothing. */
public final class Publisher {
    private Publisher() {
    }

    /** @throws org.skema.io.OutputException if the folder cannot be written; it is then left as it was */
    public static List<Published> publish(Judged judged, Publication publication) {
        Schedule schedule = new Schedule(judged.solution());
        List<Published> wrote = new ArrayList<>();
        // Everything goes to a staging folder first and into the target only when complete.
        try (StagedFolder out = StagedFolder.open(publication.folder(), publication.force())) {
            if (publication.has(Publication.Part.CSV)) {
                long start = System.nanoTime();
                new CsvExport(schedule, publication.calendar().semester(), publication.csv()).write(out);
                wrote.add(new Published(Publication.Part.CSV, publication.folder(), CsvExport.FILES.size(),
                        millis(start)));
            }
            if (publication.has(Publication.Part.XLSX)) {
                long start = System.nanoTime();
                new XlsxExport(schedule, publication.calendar().semester()).write(out);
                wrote.add(new Published(Publication.Part.XLSX, publication.folder().resolve(XlsxExport.FILE),
                        MeetingViews.NAMES.size(), millis(start)));
            }
            if (publication.has(Publication.Part.ICS)) {
                long start = System.nanoTime();
                int files = new IcsExport(schedule, publication.calendar()).write(out, Publication.CALENDARS + "/");
                wrote.add(new Published(Publication.Part.ICS, publication.folder().resolve(Publication.CALENDARS),
                        files, millis(start)));
            }
            if (publication.has(Publication.Part.HTML)) {
                long start = System.nanoTime();
                out.write(Publication.REPORT, new HtmlReport(schedule, judged.evaluation()).content());
                wrote.add(new Published(Publication.Part.HTML, publication.folder().resolve(Publication.REPORT), 1,
                        millis(start)));
            }
            out.commit();
        }
        return wrote;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
