package org.skema.io.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skema.io.json.dto.TimeJson;
import org.skema.io.json.dto.TimeOptionJson;
import org.skema.model.Calendar;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.model.TimeText;

/** Turns time objects ({@code days}, {@code start}, {@code end} or {@code length}, {@code weeks}) into model times. */
final class JsonTimes {
    private final Calendar calendar;
    private final JsonErrors errors;

    JsonTimes(Calendar calendar, JsonErrors errors) {
        this.calendar = calendar;
        this.errors = errors;
    }

    List<TimePattern> patterns(List<TimeJson> times, JsonPath at) {
        List<TimePattern> patterns = new ArrayList<>();
        if (times != null) {
            for (int i = 0; i < times.size(); i++) {
                TimeJson time = times.get(i);
                patterns.add(pattern(time.days(), time.start(), time.end(), time.length(), time.weeks(), at.index(i)));
            }
        }
        return patterns;
    }

    /** Time options in order; the same time twice is an error, since a solution could not tell them apart. */
    List<TimeOption> options(List<TimeOptionJson> times, JsonPath at) {
        List<TimeOption> options = new ArrayList<>();
        Map<TimePattern, Integer> firstIndex = new HashMap<>();
        if (times != null) {
            for (int i = 0; i < times.size(); i++) {
                TimeOptionJson time = times.get(i);
                JsonPath element = at.index(i);
                TimePattern pattern = pattern(time.days(), time.start(), time.end(), time.length(), time.weeks(), element);
                Integer first = firstIndex.putIfAbsent(pattern, i);
                if (first != null) {
                    throw errors.error(element, "the same time as element " + first + " (" + TimeText.pattern(pattern,
                            calendar) + ")");
                }
                int penalty = time.penalty() == null ? 0 : errors.nonNegative(time.penalty(), element.field("penalty"));
                options.add(new TimeOption(pattern, penalty));
            }
        }
        return options;
    }

    TimePattern pattern(String days, String start, String end, Integer length, String weeks, JsonPath at) {
        int dayBits = days(errors.require(days, at, "days"), at.field("days"));
        int startSlot = clock(errors.require(start, at, "start"), at.field("start"));
        int lengthSlots;
        if (end != null && length != null) {
            throw errors.error(at, "give either \"end\" or \"length\", not both");
        } else if (end != null) {
            int endSlot = clock(end, at.field("end"));
            if (endSlot <= startSlot) {
                throw errors.error(at.field("end"), "end " + end.strip() + " must be after start " + start.strip());
            }
            lengthSlots = endSlot - startSlot;
        } else if (length != null) {
            lengthSlots = lengthSlots(length, at.field("length"));
        } else {
            throw errors.error(at, "missing field \"end\" (or \"length\" in minutes)");
        }
        long weekBits = weeks == null ? calendar.allWeeks() : weeks(weeks, at.field("weeks"));
        return errors.at(at, () -> {
            TimePattern pattern = new TimePattern(weekBits, dayBits, startSlot, lengthSlots);
            calendar.requireFits(pattern);
            return pattern;
        });
    }

    int days(String text, JsonPath at) {
        return errors.at(at, () -> TimeText.parseDays(text, calendar));
    }

    int clock(String text, JsonPath at) {
        return errors.at(at, () -> TimeText.parseClock(text, calendar));
    }

    long weeks(String text, JsonPath at) {
        return errors.at(at, () -> TimeText.parseWeeks(text, calendar));
    }

    /** Minutes that must fill whole slots, as slots. */
    int slots(int minutes, JsonPath at) {
        int perSlot = calendar.minutesPerSlot();
        if (minutes % perSlot != 0) {
            throw errors.error(at, "must be a multiple of the " + perSlot + "-minute slot, got " + minutes);
        }
        return minutes / perSlot;
    }

    private int lengthSlots(int minutes, JsonPath at) {
        if (minutes <= 0) {
            throw errors.error(at, "must be positive, got " + minutes);
        }
        return slots(minutes, at);
    }
}
