package org.skema.export;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.skema.io.IoReasons;
import org.skema.io.IoWriter;
import org.skema.io.OutputException;
import org.skema.io.StagedFolder;
import org.skema.model.Room;
import org.skema.model.Section;
import org.skema.model.Student;
import org.skema.model.Teacher;
import org.skema.model.TimePattern;

/**
 * Writes iCalendar files (RFC 5545, with iCal4j): one weekly recurring event per section, from its
 * first meeting to its last, with an EXDATE for every week in between in which it does not meet.
 * Event UIDs derive from the problem's name and the section's id, so re-exports update calendars
 * in place instead of duplicating events. One file per teacher, room, student group and student,
 * in the subfolders teachers/, rooms/, groups/ and students/. Week 1 starts on the semester's
 * first Monday; times are local to the given zone.
 */
public final class IcsExport {
    /** The subfolders written, one per kind of calendar. */
    public static final List<String> FOLDERS = List.of("teachers", "rooms", "groups", "students");

    /**
     * @param semesterStart the Monday of week 1
     * @param zone          the time zone of the timetable's clock times
     */
    public record Options(LocalDate semesterStart, ZoneId zone) {
        public Options {
            new Semester(semesterStart); // checks that it is a Monday
        }

        public Semester semester() {
            return new Semester(semesterStart);
        }
    }

    private static final WeekDay[] WEEK_DAYS = {WeekDay.MO, WeekDay.TU, WeekDay.WE, WeekDay.TH, WeekDay.FR,
            WeekDay.SA, WeekDay.SU};

    private final Schedule schedule;
    private final Options options;
    private final VTimeZone timeZone;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Each section's VEVENT, rendered once by iCal4j and reused in every calendar that shows it. */
    private final Map<Section, String> events = new HashMap<>();

    public IcsExport(Schedule schedule, Options options) {
        this.schedule = schedule;
        this.options = options;
        var zone = knownZone(options.zone());
        // iCal4j files some zones under an alias (Europe/Copenhagen as Europe/Berlin); events name the
        // zone the user asked for, so the VTIMEZONE must carry that name too.
        VTimeZone named = zone.getVTimeZone().copy();
        named.replace(new net.fortuna.ical4j.model.property.TzId(options.zone().getId()));
        this.timeZone = current(named);
    }

    /**
     * Writes every calendar under {@code folder}, all or none. With {@code force}, the four subfolders
     * of an earlier export are replaced as a whole, so that nobody keeps a stale calendar.
     *
     * @return how many files were written
     */
    public int write(Path folder, boolean force) {
        if (!force) {
            requireNoCalendars(folder);
        }
        try (StagedFolder out = StagedFolder.open(folder, force)) {
            int files = write(out, "");
            out.commit();
            return files;
        }
    }

    /**
     * Writes every calendar into the staged folder, under {@code under} ("" or a path ending in "/").
     *
     * @return how many files were written
     */
    public int write(StagedFolder folder, String under) {
        schedule.timed().forEach(section -> events.put(section, renderEvent(event(section))));
        List<Job> jobs = new ArrayList<>();
        FileNames teacherNames = new FileNames();
        schedule.byTeacher().forEach((teacher, sections) -> jobs.add(new Job(under + "teachers/"
                + teacherNames.of(teacher.id(), ".ics"), teacher.name(), sections)));
        FileNames roomNames = new FileNames();
        schedule.byRoom().forEach((room, sections) -> jobs.add(new Job(under + "rooms/"
                + roomNames.of(room.id(), ".ics"), room.name(), sections)));
        FileNames groupNames = new FileNames();
        schedule.byGroup().forEach((group, sections) -> jobs.add(new Job(under + "groups/"
                + groupNames.of(group, ".ics"), group, List.copyOf(sections.keySet()))));
        FileNames studentNames = new FileNames();
        for (Student student : schedule.problem().students()) {
            jobs.add(new Job(under + "students/" + studentNames.of(student.id(), ".ics"), student.id(),
                    schedule.of(student)));
        }
        // Thousands of small files: writing them is mostly waiting for the file system, so two at a time.
        jobs.parallelStream().forEach(job -> folder.write(job.file(), calendar(job.name(), job.sections())));
        return jobs.size();
    }

    /** @throws IllegalArgumentException if iCal4j has no rules for the zone, so no calendar could name it */
    public static void requireKnownZone(ZoneId zone) {
        knownZone(zone);
    }

    private static net.fortuna.ical4j.model.TimeZone knownZone(ZoneId zoneId) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        var zone = registry.getTimeZone(zoneId.getId());
        if (zone == null) {
            throw new IllegalArgumentException("iCal4j knows no time zone " + zoneId.getId());
        }
        return zone;
    }

    /** Refuses a folder whose subfolders hold calendars of an earlier export. */
    public static void requireNoCalendars(Path folder) {
        for (String kind : FOLDERS) {
            Path sub = folder.resolve(kind);
            if (!Files.isDirectory(sub)) {
                continue;
            }
            try (Stream<Path> files = Files.list(sub)) {
                if (files.anyMatch(f -> f.getFileName().toString().endsWith(".ics"))) {
                    throw new OutputException(sub + " already holds calendars; pass --force to replace them");
                }
            } catch (IOException e) {
                throw new OutputException("cannot read " + sub + ": " + IoReasons.of(e), e);
            }
        }
    }

    /** One calendar file to write. */
    private record Job(String file, String name, List<Section> sections) {
    }

    /**
     * The zone with only its rules in force today (the observances that recur without end), as
     * calendar programs write it: the full history would add kilobytes to each of thousands of files.
     */
    private static VTimeZone current(VTimeZone zone) {
        List<net.fortuna.ical4j.model.component.Observance> observances = zone.getObservances();
        List<net.fortuna.ical4j.model.component.Observance> open = observances.stream()
                .filter(o -> o.getProperty("RRULE").map(r -> !r.getValue().contains("UNTIL=")).orElse(false))
                .toList();
        List<net.fortuna.ical4j.model.component.Observance> kept = open.isEmpty() && !observances.isEmpty()
                ? List.of(observances.get(observances.size() - 1)) : open;
        VTimeZone trimmed = new VTimeZone();
        trimmed.add(new net.fortuna.ical4j.model.property.TzId(zone.getTimeZoneId().getValue()));
        kept.forEach(trimmed::add);
        return trimmed;
    }

    /** A calendar's file content: the envelope around the sections' events, folded by octets. */
    private IoWriter calendar(String name, List<Section> sections) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Skema//Timetable export//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method("PUBLISH"));
        calendar.add(new XProperty("X-WR-CALNAME", name + " (" + schedule.problem().name() + ")"));
        calendar.add(new XProperty("X-WR-TIMEZONE", options.zone().getId()));
        calendar.add(timeZone);
        String envelope = render(calendar, "the calendar of " + name);
        int end = envelope.lastIndexOf(END);
        StringBuilder text = new StringBuilder(envelope.length() + 700 * sections.size()).append(envelope, 0, end);
        sections.forEach(section -> text.append(events.get(section)));
        text.append(envelope, end, envelope.length());
        byte[] bytes = IcsFolding.fold(text.toString()).getBytes(StandardCharsets.UTF_8);
        return out -> out.write(bytes);
    }

    private static final String END = "END:VCALENDAR";

    /** An event as iCal4j writes it (escaped, not folded), from BEGIN:VEVENT to END:VEVENT and its line end. */
    private static String renderEvent(VEvent event) {
        Calendar holder = new Calendar();
        holder.add(event);
        String text = render(holder, "an event");
        return text.substring(text.indexOf("BEGIN:VEVENT"), text.lastIndexOf(END));
    }

    private static String render(Calendar calendar, String what) {
        // iCal4j closes the writer it is given, and the output stream is not its to close: render to text first.
        StringWriter text = new StringWriter();
        try {
            // Unfolded: iCal4j folds by characters, IcsFolding by octets as RFC 5545 asks.
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, text);
        } catch (IOException e) {
            throw new OutputException("cannot render " + what + ": " + e.getMessage(), e);
        }
        return text.toString();
    }

    private VEvent event(Section section) {
        TimePattern time = schedule.time(section);
        int minutesPerSlot = schedule.problem().calendar().minutesPerSlot();
        int first = time.firstWeek();
        int last = Semester.lastWeek(time);
        ZonedDateTime start = at(first, time.firstDay(), time.start() * minutesPerSlot);
        ZonedDateTime end = start.plusMinutes((long) time.length() * minutesPerSlot);
        int lastDay = 31 - Integer.numberOfLeadingZeros(time.days());
        ZonedDateTime lastStart = at(last, lastDay, time.start() * minutesPerSlot);
        VEvent event = new VEvent(start, end, title(section));
        event.add(new Uid(UUID.nameUUIDFromBytes((schedule.problem().name() + "\u0000" + section.id())
                .getBytes(StandardCharsets.UTF_8)) + "@skema"));
        List<WeekDay> days = new ArrayList<>();
        schedule.days(section).forEach(day -> days.add(WEEK_DAYS[day]));
        if (last > first || days.size() > 1) {
            // Written as text: with a TZID start, RFC 5545 wants UNTIL in UTC ("...Z"), which iCal4j's
            // builder does not produce from a zoned time.
            event.add(new RRule<ZonedDateTime>("FREQ=WEEKLY;WKST=MO;UNTIL=" + UTC.format(lastStart) + ";BYDAY="
                    + String.join(",", days.stream().map(WeekDay::toString).toList())));
        }
        List<ZonedDateTime> skipped = new ArrayList<>();
        for (int week = first + 1; week < last; week++) {
            if ((time.weeks() & (1L << week)) == 0) {
                for (int day : schedule.days(section)) {
                    skipped.add(at(week, day, time.start() * minutesPerSlot));
                }
            }
        }
        if (!skipped.isEmpty()) {
            event.add(new ExDate<>(new ParameterList(List.of(new TzId(options.zone().getId()))),
                    new DateList<>(skipped)));
        }
        Room room = schedule.room(section);
        if (room != null) {
            boolean named = room.building().isEmpty() || room.name().contains(room.building());
            event.add(new Location(room.name() + (named ? "" : ", " + room.building())));
        }
        event.add(new Description(description(section)));
        return event;
    }

    private ZonedDateTime at(int week, int day, int minutes) {
        LocalDateTime midnight = options.semester().date(week, day).atStartOfDay();
        return midnight.plusMinutes(minutes).atZone(options.zone());
    }

    private static String title(Section section) {
        return section.course().name() + " - " + section.subpart().name() + " (" + section.id() + ")";
    }

    private String description(Section section) {
        List<String> lines = new ArrayList<>();
        lines.add("Section " + section.id() + (section.name().equals(section.id()) ? "" : ": " + section.name()));
        if (!section.teachers().isEmpty()) {
            lines.add("Teachers: " + String.join(", ", section.teachers().stream().map(Teacher::name).toList()));
        }
        lines.add("Students: " + schedule.attendance(section));
        return String.join("\n", lines);
    }
}
