package org.skema.io.json;

import java.util.List;
import org.skema.model.Calendar;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.model.TimeText;

/**
 * Finds the allowed time and room of a section that a placement names ({@code days}, {@code start},
 * optional {@code end}, {@code weeks}, {@code room}): in solutions, in locks and in the previous
 * timetable of a re-plan.
 */
final class JsonPlacements {
    private static final int EXAMPLES = 3;

    private final JsonErrors errors;
    private final Problem problem;
    private final JsonTimes times;

    JsonPlacements(JsonErrors errors, Problem problem) {
        this.errors = errors;
        this.problem = problem;
        this.times = new JsonTimes(problem.calendar(), errors);
    }

    /** The time as written: days, start and weeks, with end when given (else -1). */
    record Written(int days, int start, int end, long weeks) {
        boolean matches(TimePattern pattern) {
            return pattern.days() == days && pattern.start() == start && pattern.weeks() == weeks
                    && (end < 0 || pattern.end() == end);
        }
    }

    Written written(String days, String start, String end, String weeks, JsonPath at) {
        int dayBits = times.days(errors.require(days, at, "days"), at.field("days"));
        int startSlot = times.clock(errors.require(start, at, "start"), at.field("start"));
        int endSlot = end == null ? -1 : times.clock(end, at.field("end"));
        if (end != null && endSlot <= startSlot) {
            throw errors.error(at.field("end"), "end " + end.strip() + " must be after start " + start.strip());
        }
        long weekBits = weeks == null ? problem.calendar().allWeeks() : times.weeks(weeks, at.field("weeks"));
        return new Written(dayBits, startSlot, endSlot, weekBits);
    }

    /** The one allowed time of the section that the placement names. */
    TimeOption time(Section section, Written written, JsonPath at) {
        List<TimeOption> matches = section.times().stream().filter(o -> written.matches(o.pattern())).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        Calendar calendar = problem.calendar();
        String wanted = TimeText.days(written.days()) + " " + TimeText.clock(written.start(), calendar)
                + (written.end() < 0 ? "" : "-" + TimeText.clock(written.end(), calendar)) + " weeks "
                + TimeText.weeks(written.weeks());
        if (matches.isEmpty()) {
            throw errors.error(at, wanted + " is not an allowed time of section " + section.id() + " ("
                    + examples(section.times().stream().map(o -> TimeText.pattern(o.pattern(), calendar)).toList())
                    + ")");
        }
        throw errors.error(at, wanted + " matches " + matches.size() + " allowed times of section " + section.id()
                + " that differ in length; add \"end\" to choose one");
    }

    /** The room option of the section for a room id. */
    RoomOption room(Section section, String roomId, JsonPath roomAt) {
        Room room = problem.room(roomId);
        if (room == null) {
            throw errors.error(roomAt, "unknown room '" + roomId + "'");
        }
        if (!section.needsRoom()) {
            throw errors.error(roomAt, "section " + section.id() + " needs no room");
        }
        RoomOption option = section.roomOption(room);
        if (option == null) {
            throw errors.error(roomAt, "room " + room.id() + " is not an allowed room of section " + section.id() + " ("
                    + examples(section.rooms().stream().map(o -> o.room().id()).toList()) + ")");
        }
        return option;
    }

    /** A few of the allowed values, so that the message stays one readable line. */
    static String examples(List<String> allowed) {
        String shown = String.join(", ", allowed.subList(0, Math.min(EXAMPLES, allowed.size())));
        return allowed.size() <= EXAMPLES ? "allowed: " + shown : "allowed include " + shown + ", ... ("
                + allowed.size() + " in all)";
    }
}
