package org.skema.export;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Violation;
import org.skema.explain.Explainer;
import org.skema.explain.SectionExplanation;
import org.skema.io.AtomicFiles;
import org.skema.io.IoWriter;
import org.skema.model.Calendar;
import org.skema.model.Room;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.Student;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.model.TimeText;

/**
 * One self-contained HTML file (inline CSS and JavaScript, nothing fetched): key figures, a weekly
 * grid per room, teacher, student group and student chosen with a selector (clashing meetings
 * marked), the violations per rule, and the unplaced sections with what blocks them. Every name
 * is escaped.
 */
public final class HtmlReport {
    /** Violations listed per rule; the rest are counted. */
    static final int VIOLATIONS_PER_RULE = 200;

    private final Schedule schedule;
    private final Evaluation evaluation;
    private final Calendar calendar;

    public HtmlReport(Schedule schedule, Evaluation evaluation) {
        this.schedule = schedule;
        this.evaluation = evaluation;
        this.calendar = schedule.problem().calendar();
    }

    public void write(Path file, boolean force) {
        AtomicFiles.write(file, force, content());
    }

    /** The report as file content, for a staged folder. */
    public IoWriter content() {
        byte[] html = render().getBytes(StandardCharsets.UTF_8);
        return out -> out.write(html);
    }

    String render() {
        String name = Html.escape(schedule.problem().name());
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Timetable ").append(name).append("</title>\n<style>\n").append(resource("report.css"))
                .append("</style>\n</head>\n<body>\n<h1>Timetable ").append(name).append("</h1>\n")
                .append("<p class=\"sub\">Score ").append(Html.escape(evaluation.scoreText()))
                .append(evaluation.feasible() ? " &middot; feasible" : " &middot; <strong>not feasible</strong>")
                .append("</p>\n");
        figures(html);
        html.append("<h2>Weekly grid</h2>\n<div class=\"controls\"><label for=\"view\">Show </label>")
                .append("<select id=\"view\"></select></div>\n<div id=\"grid\" class=\"grid\"></div>\n");
        violations(html);
        unplaced(html);
        html.append("<script type=\"application/json\" id=\"report-data\">").append(Html.scriptSafeJson(data()))
                .append("</script>\n<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private void figures(StringBuilder html) {
        int sections = schedule.problem().sections().size();
        long placed = sections - evaluation.unplacedSections();
        Map<Rule, Long> units = evaluation.unitsPerRule();
        double gapHours = units.get(Rule.STUDENT_GAP) * calendar.minutesPerSlot() / 60.0;
        int students = schedule.problem().students().size();
        html.append("<div class=\"figures\">\n");
        figure(html, "placed", placed + " / " + sections, "sections placed", placed == sections);
        figure(html, "hard", "" + evaluation.hard(), "hard violations", evaluation.hard() == 0);
        figure(html, "soft", "" + evaluation.soft(), "soft penalty", null);
        figure(html, "student-conflicts", "" + units.get(Rule.STUDENT_CONFLICT), "student conflicts",
                units.get(Rule.STUDENT_CONFLICT) == 0);
        figure(html, "room-use", String.format(Locale.ROOT, "%.1f %%", roomUse() * 100), "room use", null);
        figure(html, "gap-hours", String.format(Locale.ROOT, "%.1f h", students == 0 ? 0 : gapHours / students),
                "student gaps per student over the semester", null);
        html.append("</div>\n<p class=\"note\" id=\"counting\">The figures count units, the rule rows below")
                .append(" violations too: a violation is one broken instance of a rule (for student conflicts, a pair")
                .append(" of sections that share students), its units what it weighs (one per student of the pair).")
                .append(" So ").append(units.get(Rule.STUDENT_CONFLICT)).append(" student conflicts come from ")
                .append(evaluation.violations(Rule.STUDENT_CONFLICT).size()).append(" pairs of sections.</p>\n");
    }

    private static void figure(StringBuilder html, String id, String value, String label, Boolean good) {
        html.append("<div class=\"figure").append(good == null ? "" : good ? " good" : " bad").append("\"><div class=\"value\" id=\"")
                .append(id).append("\">").append(Html.escape(value)).append("</div><div class=\"label\">")
                .append(Html.escape(label)).append("</div></div>\n");
    }

    /**
     * Booked room time over available room time: every room, every day and week of the calendar,
     * between the earliest start and the latest end of any section's allowed times.
     */
    double roomUse() {
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (Section section : schedule.problem().sections()) {
            for (TimeOption option : section.times()) {
                first = Math.min(first, option.pattern().start());
                last = Math.max(last, option.pattern().end());
            }
        }
        double available = (double) schedule.problem().rooms().size() * calendar.daysPerWeek() * calendar.weeks()
                * Math.max(0, last - first);
        long booked = 0;
        for (Section section : schedule.timed()) {
            if (schedule.room(section) != null) {
                var time = schedule.time(section);
                booked += (long) time.length() * time.dayCount() * time.weekCount();
            }
        }
        return available == 0 ? 0 : booked / available;
    }

    private void violations(StringBuilder html) {
        html.append("<h2>Violations</h2>\n");
        if (evaluation.violations().isEmpty()) {
            html.append("<p class=\"none\">No rule is broken.</p>\n");
            return;
        }
        Map<Rule, Long> penalties = evaluation.penaltyPerRule();
        for (Rule rule : Rule.values()) {
            List<Violation> list = evaluation.violations(rule);
            if (list.isEmpty()) {
                continue;
            }
            html.append("<details class=\"rule\" data-rule=\"").append(rule.name()).append("\"")
                    .append(rule.level() == Rule.Level.SOFT ? "" : " open").append("><summary>")
                    .append(Html.escape(rule.label())).append(" <span class=\"level\">(")
                    .append(rule.level().name().toLowerCase(Locale.ROOT)).append(", ").append(list.size())
                    .append(" violation(s), ").append(evaluation.unitsPerRule().get(rule)).append(" unit(s), penalty ")
                    .append(penalties.get(rule)).append(")</span></summary>\n")
                    .append("<ul class=\"violations\">\n");
            list.stream().limit(VIOLATIONS_PER_RULE).forEach(v -> html.append("<li>")
                    .append(Html.escape(v.message())).append("</li>\n"));
            if (list.size() > VIOLATIONS_PER_RULE) {
                html.append("<li class=\"none\">... and ").append(list.size() - VIOLATIONS_PER_RULE)
                        .append(" more (skema check --all lists every one)</li>\n");
            }
            html.append("</ul></details>\n");
        }
    }

    private void unplaced(StringBuilder html) {
        html.append("<h2>Unplaced sections</h2>\n");
        List<Violation> unplaced = evaluation.violations(Rule.UNPLACED_SECTION);
        if (unplaced.isEmpty()) {
            html.append("<p class=\"none\">Every section is placed.</p>\n");
            return;
        }
        Explainer explainer = new Explainer(evaluation);
        html.append("<table id=\"unplaced\"><tr><th>section</th><th>course</th><th>missing</th><th>why</th></tr>\n");
        for (Violation violation : unplaced) {
            Section section = violation.sections().get(0);
            html.append("<tr><td>").append(Html.escape(section.id())).append("</td><td>")
                    .append(Html.escape(section.course().name())).append("</td><td>")
                    .append(schedule.solution().assignment(section).hasTime() ? "room" : "time").append("</td><td>")
                    .append(Html.escape(reason(explainer.section(section)))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** Which hard rules rule out how many of the section's placements. */
    static String reason(SectionExplanation explanation) {
        int options = explanation.alternatives().size();
        long open = explanation.feasibleOptions();
        String blocked = explanation.blockedOptions().entrySet().stream()
                .map(e -> e.getKey().label().toLowerCase(Locale.ROOT) + " rules out " + e.getValue())
                .collect(Collectors.joining(", "));
        return open == 0 ? "every one of its " + options + " placements breaks a hard rule: " + blocked
                : open + " of its " + options + " placements break no hard rule"
                        + (blocked.isEmpty() ? "" : " (" + blocked + ")")
                        + "; placing it there would push the score elsewhere (skema explain --section "
                        + explanation.section().id() + ")";
    }

    private String data() {
        JsonArrayBuilder days = Json.createArrayBuilder();
        for (int day = 0; day < calendar.daysPerWeek(); day++) {
            days.add(TimeText.dayName(day));
        }
        int minutes = calendar.minutesPerSlot();
        int dayStart = Integer.MAX_VALUE;
        int dayEnd = 0;
        Map<Section, Integer> index = new HashMap<>();
        Map<Section, Set<String>> clashes = clashes();
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (Section section : schedule.timed()) {
            var time = schedule.time(section);
            dayStart = Math.min(dayStart, time.start() * minutes);
            dayEnd = Math.max(dayEnd, time.end() * minutes);
            Room room = schedule.room(section);
            JsonArrayBuilder sectionDays = Json.createArrayBuilder();
            schedule.days(section).forEach(sectionDays::add);
            index.put(section, index.size());
            sections.add(Json.createObjectBuilder()
                    .add("id", section.id())
                    .add("course", section.course().id())
                    .add("title", section.course().name() + " - " + section.subpart().name()
                            + (section.name().equals(section.id()) ? " " + section.id() : ""))
                    .add("days", sectionDays)
                    .add("start", time.start() * minutes)
                    .add("end", time.end() * minutes)
                    .add("weeks", TimeText.weeks(time.weeks()))
                    .add("room", room == null ? "" : room.name())
                    .add("teachers", String.join(", ", section.teachers().stream().map(Teacher::name).toList()))
                    .add("students", schedule.attendance(section))
                    .add("clashes", Json.createArrayBuilder(clashes.getOrDefault(section, Set.of()))));
        }
        JsonArrayBuilder views = Json.createArrayBuilder();
        schedule.byRoom().forEach((room, list) -> views.add(view("room", room.id(), room.name() + " (" + room.id()
                + ", " + room.capacity() + " seats)", list, index)));
        schedule.byTeacher().forEach((teacher, list) -> views.add(view("teacher", teacher.id(),
                teacher.name() + (teacher.name().equals(teacher.id()) ? "" : " (" + teacher.id() + ")"), list, index)));
        schedule.byGroup().forEach((group, counts) -> views.add(view("group", group, group,
                List.copyOf(counts.keySet()), index)));
        schedule.problem().students().forEach(student -> views.add(view("student", student.id(),
                student.id() + (student.group() == null || student.group().isEmpty() ? "" : " (" + student.group() + ")"),
                schedule.of(student).stream().filter(index::containsKey).toList(), index)));
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("days", days)
                .add("dayStart", dayStart == Integer.MAX_VALUE ? 8 * 60 : dayStart / 60 * 60)
                .add("dayEnd", dayEnd == 0 ? 18 * 60 : (dayEnd + 59) / 60 * 60)
                .add("allWeeks", TimeText.weeks(calendar.allWeeks()))
                .add("sections", sections)
                .add("views", views);
        return root.build().toString();
    }

    /**
     * Per section, the views ("room:R1", "teacher:T2", "student:S001", "group:BA1") in which it
     * clashes with another meeting: the rooms of room conflicts, the people of teacher and student
     * conflicts, and the groups of those students. Taken from the Evaluator's violations, so a
     * group's parallel exercise classes, which no student attends both of, are not marked.
     */
    private Map<Section, Set<String>> clashes() {
        Map<Section, Set<String>> clashes = new HashMap<>();
        for (Violation violation : evaluation.violations()) {
            List<String> keys = new ArrayList<>();
            switch (violation.rule()) {
                case ROOM_CONFLICT -> violation.rooms().forEach(room -> keys.add("room:" + room.id()));
                case TEACHER_CONFLICT -> violation.people().forEach(id -> keys.add("teacher:" + id));
                case STUDENT_CONFLICT -> violation.people().forEach(id -> {
                    keys.add("student:" + id);
                    Student student = schedule.problem().student(id);
                    if (student != null && student.group() != null) {
                        keys.add("group:" + student.group());
                    }
                });
                default -> {
                    continue;
                }
            }
            violation.sections().forEach(section -> clashes.computeIfAbsent(section, k -> new TreeSet<>()).addAll(keys));
        }
        return clashes;
    }

    private static JsonObjectBuilder view(String kind, String id, String label, List<Section> sections,
            Map<Section, Integer> index) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        sections.forEach(section -> list.add(index.get(section)));
        return Json.createObjectBuilder().add("kind", kind).add("id", id).add("label", label).add("sections", list);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
