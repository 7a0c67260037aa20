package org.skema.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.io.FileOpener;
import org.skema.io.OutputException;
import org.skema.io.StagedFolder;
import org.skema.model.Assignment;
import org.skema.model.Calendar;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Subpart;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.sectioning.GreedySectioner;

/** Issue 19, items 7 and 12: exports all or nothing, names that fit, calendar lines of at most 75 octets. */
class ExportFaultsTest {
    private static final IcsExport.Options SEMESTER = new IcsExport.Options(LocalDate.of(2026, 9, 7),
            ZoneId.of("Europe/Copenhagen"));
    private static final String LONG_ID = "S" + "x".repeat(299);
    private static final String ACCENTS = "Zoë Ångström-Øster, Ærø Æbleskiver-Højskole (Ünal Çelik) " + "é".repeat(60);

    @TempDir
    Path dir;

    @Test
    void aFullDiskAfterFourCsvFilesLeavesNoneOfThem() throws IOException {
        Path target = dir.resolve("published");
        CsvExport export = new CsvExport(new Schedule(HostileNames.solution()), SEMESTER.semester(), new CsvExport.Options(false, false));
        assertThatThrownBy(() -> {
            try (StagedFolder out = StagedFolder.open(target, false, fullDiskAfter(4))) {
                export.write(out);
                out.commit();
            }
        }).isInstanceOf(OutputException.class).hasMessageContaining("student-meetings.csv: No space left on device");
        assertThat(list(dir)).isEmpty();
    }

    @Test
    void aThreeHundredCharacterIdGetsAShortenedCalendarFileName() throws IOException {
        Path calendars = dir.resolve("calendars");
        int files = new IcsExport(new Schedule(longNames(LONG_ID)), SEMESTER).write(calendars, false);
        assertThat(files).isEqualTo(4);
        List<String> students = list(calendars.resolve("students"));
        assertThat(students).hasSize(2).contains("S2.ics");
        String shortened = students.stream().filter(name -> !name.equals("S2.ics")).findFirst().orElseThrow();
        assertThat(shortened.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(shortened).startsWith("Sxxx").matches(".*-[0-9a-f]{8}\\.ics");
        assertThat(Files.readString(calendars.resolve("students").resolve(shortened)).replace("\r\n ", ""))
                .contains("X-WR-CALNAME:" + LONG_ID);
    }

    @Test
    void longNamesThatStartAlikeStayApart() {
        FileNames names = new FileNames();
        String a = names.of("x".repeat(300) + "a", ".ics");
        String b = names.of("x".repeat(300) + "b", ".ics");
        assertThat(a).isNotEqualTo(b);
        assertThat(a.length()).isEqualTo(FileNames.MAX_BYTES);
        assertThat(names.of("short", ".ics")).isEqualTo("short.ics");
    }

    @Test
    void calendarLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() throws IOException {
        Path calendars = dir.resolve("calendars");
        new IcsExport(new Schedule(longNames("S1")), SEMESTER).write(calendars, false);
        byte[] bytes = Files.readAllBytes(calendars.resolve("teachers/T1.ics"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.getBytes(StandardCharsets.UTF_8)).as("no character was split").isEqualTo(bytes);
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text.replace("\r\n ", "")).contains("X-WR-CALNAME:" + ACCENTS.replace(",", "\\,"));
    }

    @Test
    void foldingSplitsBetweenCharactersOnly() {
        String line = "SUMMARY:" + "a" + "€".repeat(40) + "😀".repeat(10);
        String folded = IcsFolding.fold(line + "\r\nEND:VEVENT\r\n");
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\nEND:VEVENT\r\n");
        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(part.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).isTrue();
        }
        assertThat(IcsFolding.fold("short\r\n")).isEqualTo("short\r\n");
    }

    /** One section taught by a teacher with a long accented name, attended by S2 and the given student. */
    private static Solution longNames(String studentId) {
        ProblemBuilder b = new ProblemBuilder("long names", new Calendar(4, 5, 288));
        Room room = b.addRoom("R1", "Øresund-salen", 50, "", Set.of(), List.of());
        Teacher teacher = b.addTeacher("T1", ACCENTS, Teacher.Kind.INTERNAL, List.of(), List.of());
        var course = b.addCourse("C1", "Forvaltningsret ÆØÅ " + "ø".repeat(50));
        Subpart lecture = b.addSubpart(b.addConfig(course, "1"), "L", "Forelæsning");
        b.addSection(lecture, "C1-L", null, 50, null, List.of(teacher), true, Set.of(),
                List.of(new TimeOption(new TimePattern(0b1111, 0b00101, 99, 21), 0)), List.of(new RoomOption(room, 0)));
        b.addStudent(studentId, null, List.of(course), List.of());
        b.addStudent("S2", null, List.of(course), List.of());
        Problem problem = b.build();
        List<Assignment> assignments = new ArrayList<>();
        for (Section section : problem.sections()) {
            assignments.add(new Assignment(section, section.times().get(0), section.rooms().get(0)));
        }
        return new Solution(problem, assignments, new GreedySectioner().section(problem));
    }

    private static FileOpener fullDiskAfter(int files) {
        AtomicInteger opened = new AtomicInteger();
        return file -> {
            if (opened.incrementAndGet() > files) {
                throw new FileSystemException(file.toString(), null, "No space left on device");
            }
            return FileOpener.NEW_FILE.open(file);
        };
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
