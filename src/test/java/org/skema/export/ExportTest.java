package org.skema.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.evaluate.Evaluator;
import org.skema.io.FormulaCells;
import org.skema.model.Solution;

class ExportTest {
    private static final IcsExport.Options SEMESTER = new IcsExport.Options(LocalDate.of(2026, 9, 7),
            ZoneId.of("Europe/Copenhagen"));

    @TempDir
    Path dir;

    @Test
    void cellsThatSpreadsheetsWouldRunAreNeutralised() {
        assertThat(FormulaCells.protect("=1+1")).isEqualTo("'=1+1");
        assertThat(FormulaCells.protect("+41 555")).isEqualTo("'+41 555");
        assertThat(FormulaCells.protect("-2")).isEqualTo("'-2");
        assertThat(FormulaCells.protect("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaCells.protect("\tx")).isEqualTo("'\tx");
        assertThat(FormulaCells.protect("\rx")).isEqualTo("'\rx");
        assertThat(FormulaCells.protect("Anna = Bo")).isEqualTo("Anna = Bo");
        assertThat(FormulaCells.protect("08:15")).isEqualTo("08:15");
        assertThat(FormulaCells.protect("")).isEmpty();
    }

    @Test
    void noCsvCellStartsLikeAFormula() throws IOException {
        Solution solution = HostileNames.solution();
        List<Path> files = new CsvExport(new Schedule(solution), SEMESTER.semester(), new CsvExport.Options(false, false)).write(dir, false);
        assertThat(files).hasSize(5);
        List<CSVRecord> meetings = records(dir.resolve("meetings.csv"), ',');
        // Mon and Wed for the lecture, Tue for the exercise; the header is not a record here.
        assertThat(meetings).hasSize(3);
        assertThat(meetings.get(0).get("course_name")).isEqualTo("'" + HostileNames.FORMULA);
        assertThat(meetings.get(0).get("section_name")).isEqualTo("'-minus \"quoted\"");
        assertThat(meetings.get(0).get("teachers")).isEqualTo("'+cmd|' /C calc'!A0 + @SUM(1+1)");
        assertThat(meetings.get(0).get("building")).isEqualTo("'-North");
        assertThat(meetings.get(0).get("weeks")).isEqualTo("weeks 1-2,4");
        assertThat(records(dir.resolve("room-meetings.csv"), ',').get(0).get("room_name")).isEqualTo("'\tTab room");
        assertThat(records(dir.resolve("group-meetings.csv"), ',')).extracting(r -> r.get("group"))
                .contains("'=1+1", "\"quoted\" <b>group</b>");
        for (String name : CsvExport.FILES) {
            for (CSVRecord record : records(dir.resolve(name), ',')) {
                for (String cell : record.values()) {
                    assertThat(cell).as(name).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                            .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                }
            }
        }
    }

    /**
     * Issue 18, item 5: meetings carry the calendar dates of their first and last week, and weeks are
     * text that spreadsheets keep as it is ("1-14" alone would be read as the 14th of January).
     */
    @Test
    void meetingsHaveCalendarDatesAndWeeksThatAreNoDate() throws IOException {
        new CsvExport(new Schedule(HostileNames.solution()), SEMESTER.semester(), new CsvExport.Options(false, false))
                .write(dir, false);
        for (String name : CsvExport.FILES) {
            for (CSVRecord record : records(dir.resolve(name), ',')) {
                assertThat(record.get("weeks")).as(name).matches("weeks \\d+(-\\d+)?(,\\d+(-\\d+)?)*");
                assertThat(LocalDate.parse(record.get("first_date"))).as(name)
                        .isBeforeOrEqualTo(LocalDate.parse(record.get("last_date")));
            }
        }
        List<CSVRecord> meetings = records(dir.resolve("meetings.csv"), ',');
        // Weeks 1-2 and 4 of a semester starting on Monday 7 September 2026: Monday and Wednesday meetings.
        assertThat(meetings.get(0).get("day")).isEqualTo("Mon");
        assertThat(meetings.get(0).get("first_date")).isEqualTo("2026-09-07");
        assertThat(meetings.get(0).get("last_date")).isEqualTo("2026-09-28");
        assertThat(meetings.get(1).get("day")).isEqualTo("Wed");
        assertThat(meetings.get(1).get("first_date")).isEqualTo("2026-09-09");
        assertThat(meetings.get(1).get("last_date")).isEqualTo("2026-09-30");
    }

    @Test
    void semicolonsAndByteOrderMarkForExcel() throws IOException {
        new CsvExport(new Schedule(HostileNames.solution()), SEMESTER.semester(), new CsvExport.Options(true, true)).write(dir, false);
        byte[] bytes = Files.readAllBytes(dir.resolve("meetings.csv"));
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("section;course;course_name;type;section_name;day;start;end;weeks;first_date;"
                + "last_date;room;building;teachers;students\r\n");
        assertThat(records(dir.resolve("meetings.csv"), ';').get(2).get("day")).isEqualTo("Tue");
    }

    @Test
    void calendarsRecurWeeklyWithExceptionsAndKeepTheirUids() throws IOException {
        Solution solution = HostileNames.solution();
        int files = new IcsExport(new Schedule(solution), SEMESTER).write(dir.resolve("first"), false);
        // 2 teachers, 2 rooms, 2 groups, 2 students.
        assertThat(files).isEqualTo(8);
        assertThat(dir.resolve("first/rooms/R_2.ics")).exists();
        String teacher = Files.readString(dir.resolve("first/teachers/T2.ics"));
        assertThat(teacher).contains("BEGIN:VCALENDAR", "VERSION:2.0", "TZID:Europe/Copenhagen",
                "DTSTART;TZID=Europe/Copenhagen:20260907T101500", "DTEND;TZID=Europe/Copenhagen:20260907T120000",
                "RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20260930T081500Z;BYDAY=MO,WE",
                "DTSTART;TZID=Europe/Copenhagen:20260908T081500",
                "RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20260929T061500Z;BYDAY=TU");
        // Week 3 (21-25 September) is skipped on both days of the lecture.
        assertThat(unfolded(teacher)).contains("EXDATE;TZID=Europe/Copenhagen:20260921T101500,20260923T101500");
        assertThat(unfolded(teacher)).contains("SUMMARY:" + HostileNames.FORMULA.replace(",", "\\,") + " - "
                + HostileNames.SCRIPT + " (C1-L)");
        assertThat(uids(teacher)).hasSize(2);

        new IcsExport(new Schedule(solution), SEMESTER).write(dir.resolve("second"), false);
        assertThat(uids(Files.readString(dir.resolve("second/teachers/T2.ics")))).isEqualTo(uids(teacher));
        assertThat(uids(Files.readString(dir.resolve("first/students/S1.ics")))).isSubsetOf(uids(teacher));
    }

    @Test
    void htmlEscapesEveryName() {
        Solution solution = HostileNames.solution();
        String html = new HtmlReport(new Schedule(solution), new Evaluator().evaluate(solution)).render();
        assertThat(html).doesNotContain(HostileNames.SCRIPT).doesNotContain("<b>group</b>")
                .contains("<title>Timetable hostile &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</title>")
                .contains("\\u003cscript\\u003ealert('x')\\u003c/script\\u003e");
        // Exactly the report's own two script elements.
        assertThat(html.split("<script", -1)).hasSize(3);
        assertThat(html).contains("<div class=\"value\" id=\"placed\">2 / 2</div>");
    }

    private static List<String> uids(String calendar) {
        List<String> uids = new ArrayList<>();
        Matcher matcher = Pattern.compile("UID:(\\S+)").matcher(calendar);
        while (matcher.find()) {
            uids.add(matcher.group(1));
        }
        return uids;
    }

    private static String unfolded(String calendar) {
        return calendar.replace("\r\n ", "");
    }

    private static List<CSVRecord> records(Path file, char delimiter) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            return parser.getRecords();
        }
    }
}
