package org.skema.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ITC 2019 catalogue of distribution rules. Pairwise types test every pair of the rule's
 * sections ({@link #pairSatisfied}); group types measure the whole set per day and week
 * ({@link #groupViolation}). Parameters are in slots except MaxDays (days) and MaxBreaks' count.
 */
public enum DistributionType {
    SAME_START("SameStart", 0),
    SAME_TIME("SameTime", 0),
    DIFFERENT_TIME("DifferentTime", 0),
    SAME_DAYS("SameDays", 0),
    DIFFERENT_DAYS("DifferentDays", 0),
    SAME_WEEKS("SameWeeks", 0),
    DIFFERENT_WEEKS("DifferentWeeks", 0),
    OVERLAP("Overlap", 0),
    NOT_OVERLAP("NotOverlap", 0),
    SAME_ROOM("SameRoom", 0),
    DIFFERENT_ROOM("DifferentRoom", 0),
    SAME_ATTENDEES("SameAttendees", 0),
    PRECEDENCE("Precedence", 0),
    WORK_DAY("WorkDay", 1),
    MIN_GAP("MinGap", 1),
    MAX_DAYS("MaxDays", 1),
    MAX_DAY_LOAD("MaxDayLoad", 1),
    MAX_BREAKS("MaxBreaks", 2),
    MAX_BLOCK("MaxBlock", 2);

    private final String label;
    private final int parameterCount;

    DistributionType(String label, int parameterCount) {
        this.label = label;
        this.parameterCount = parameterCount;
    }

    /** The name used in files, e.g. "MaxBreaks". */
    public String label() {
        return label;
    }

    public int parameterCount() {
        return parameterCount;
    }

    public boolean isPairwise() {
        return ordinal() <= MIN_GAP.ordinal();
    }

    /** Parses "NotOverlap" or "MaxBreaks(1,6)" into a type and its parameters. */
    public static Parsed parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        int open = trimmed.indexOf('(');
        String name = open < 0 ? trimmed : trimmed.substring(0, open).strip();
        DistributionType type = Arrays.stream(values()).filter(t -> t.label.equals(name)).findFirst()
                .orElseThrow(() -> new ModelException("unknown distribution type '" + name + "' (known: "
                        + String.join(", ", Arrays.stream(values()).map(DistributionType::label).toList()) + ")"));
        int[] parameters;
        if (open < 0) {
            parameters = new int[0];
        } else {
            if (!trimmed.endsWith(")")) {
                throw new ModelException("distribution type '" + trimmed + "' lacks a closing parenthesis");
            }
            String inner = trimmed.substring(open + 1, trimmed.length() - 1).strip();
            String[] parts = inner.isEmpty() ? new String[0] : inner.split(",");
            parameters = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    parameters[i] = Integer.parseInt(parts[i].strip());
                } catch (NumberFormatException e) {
                    throw new ModelException("parameter '" + parts[i].strip() + "' of " + name + " is not a whole number");
                }
                if (parameters[i] < 0) {
                    throw new ModelException("parameter " + parameters[i] + " of " + name + " must not be negative");
                }
            }
        }
        if (parameters.length != type.parameterCount) {
            throw new ModelException(name + " takes " + type.parameterCount + " parameter(s), got " + parameters.length);
        }
        return new Parsed(type, parameters);
    }

    /** A parsed type string. */
    public record Parsed(DistributionType type, int[] parameters) {
    }

    /** Writes the type with its parameters, as {@link #parse} reads it. */
    public String format(int[] parameters) {
        if (parameters.length == 0) {
            return label;
        }
        StringBuilder text = new StringBuilder(label).append('(');
        for (int i = 0; i < parameters.length; i++) {
            text.append(i == 0 ? "" : ",").append(parameters[i]);
        }
        return text.append(')').toString();
    }

    /**
     * Whether a pair satisfies a pairwise rule; {@code a} is listed before {@code b}. A room may be
     * null (no room, or not chosen yet): room rules then hold and travel counts as zero.
     */
    public boolean pairSatisfied(TimePattern a, Room roomA, TimePattern b, Room roomB, int[] p, TravelTimes travel) {
        return switch (this) {
            case SAME_START -> a.start() == b.start();
            case SAME_TIME -> (a.start() <= b.start() && b.end() <= a.end()) || (b.start() <= a.start() && a.end() <= b.end());
            case DIFFERENT_TIME -> !a.overlapsTimeOfDay(b);
            case SAME_DAYS -> (a.days() | b.days()) == a.days() || (a.days() | b.days()) == b.days();
            case DIFFERENT_DAYS -> !a.sharesDays(b);
            case SAME_WEEKS -> (a.weeks() | b.weeks()) == a.weeks() || (a.weeks() | b.weeks()) == b.weeks();
            case DIFFERENT_WEEKS -> !a.sharesWeeks(b);
            case OVERLAP -> a.overlaps(b);
            case NOT_OVERLAP -> !a.overlaps(b);
            case SAME_ROOM -> roomA == null || roomB == null || roomA == roomB;
            case DIFFERENT_ROOM -> roomA == null || roomB == null || roomA != roomB;
            case SAME_ATTENDEES -> canAttendBoth(a, roomA, b, roomB, travel);
            case PRECEDENCE -> precedes(a, b);
            case WORK_DAY -> !a.sharesDayAndWeek(b) || Math.max(a.end(), b.end()) - Math.min(a.start(), b.start()) <= p[0];
            case MIN_GAP -> !a.sharesDayAndWeek(b) || a.end() + p[0] <= b.start() || b.end() + p[0] <= a.start();
            default -> throw new IllegalStateException(label + " is not a pairwise rule");
        };
    }

    /** Whether the rooms of a pair can decide this pairwise rule (given travel times, for attendees). */
    public boolean dependsOnRooms(TravelTimes travel) {
        return this == SAME_ROOM || this == DIFFERENT_ROOM || (this == SAME_ATTENDEES && !travel.isEmpty());
    }

    /**
     * For pairwise rules that can only fail when the two sections meet on a common day and are close
     * in that day: the margin in slots such that a pair whose times of day, each extended by the
     * margin at its end, do not intersect always satisfies the rule; -1 for rules that can fail
     * otherwise (DifferentTime, for one, ignores days). It lets the solver look only at nearby pairs
     * of a large rule.
     */
    public int proximityMargin(int[] p, int maxTravel) {
        return switch (this) {
            case NOT_OVERLAP -> 0;
            case SAME_ATTENDEES -> maxTravel;
            case MIN_GAP -> p[0];
            default -> -1;
        };
    }

    /**
     * One person can attend both: they never meet on a common day of a common week, or the gap
     * between them is at least the travel time between their rooms.
     */
    public static boolean canAttendBoth(TimePattern a, Room roomA, TimePattern b, Room roomB, TravelTimes travel) {
        if (!a.sharesDayAndWeek(b)) {
            return true;
        }
        int travelTime = travel.between(roomA, roomB);
        return a.end() + travelTime <= b.start() || b.end() + travelTime <= a.start();
    }

    private static boolean precedes(TimePattern a, TimePattern b) {
        int weekA = a.firstWeek();
        int weekB = b.firstWeek();
        if (weekA != weekB) {
            return weekA < weekB;
        }
        int dayA = a.firstDay();
        int dayB = b.firstDay();
        if (dayA != dayB) {
            return dayA < dayB;
        }
        return a.end() <= b.start();
    }

    /**
     * Violation units of a group rule over the given times: days over the limit (MaxDays), slots
     * over the daily load (MaxDayLoad), blocks over the allowed count (MaxBreaks) or blocks that are
     * too long (MaxBlock), summed over every day of every week.
     */
    public int groupViolation(List<TimePattern> times, int[] p, Calendar calendar) {
        if (this == MAX_DAYS) {
            int days = 0;
            for (TimePattern time : times) {
                days |= time.days();
            }
            return Math.max(0, Integer.bitCount(days) - p[0]);
        }
        int units = 0;
        List<TimePattern> meeting = new ArrayList<>(times.size());
        for (WeekSlices.Slice slice : WeekSlices.of(times, calendar)) {
            for (int day = 0; day < calendar.daysPerWeek(); day++) {
                WeekSlices.onDay(slice.times(), day, meeting);
                if (!meeting.isEmpty()) {
                    units += dayViolation(meeting, p) * slice.weeks();
                }
            }
        }
        return units;
    }

    private int dayViolation(List<TimePattern> meeting, int[] p) {
        return switch (this) {
            case MAX_DAY_LOAD -> {
                int load = 0;
                for (TimePattern time : meeting) {
                    load += time.length();
                }
                yield Math.max(0, load - p[0]);
            }
            case MAX_BREAKS -> Math.max(0, Blocks.of(meeting, p[1]).size() - (p[0] + 1));
            case MAX_BLOCK -> (int) Blocks.of(meeting, p[1]).stream()
                    .filter(block -> block.count() >= 2 && block.end() - block.start() > p[0]).count();
            default -> throw new IllegalStateException(label + " is not a per-day group rule");
        };
    }

    /** The penalty of a soft rule with the given violation units, as ITC 2019 scores it. */
    public long softPenalty(int units, int penalty, Calendar calendar) {
        if (isPairwise() || this == MAX_DAYS) {
            return (long) penalty * units;
        }
        return (long) penalty * units / calendar.weeks();
    }
}
