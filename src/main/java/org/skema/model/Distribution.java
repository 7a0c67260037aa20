package org.skema.model;

import java.util.List;

/** A rule over a list of sections: hard when required, otherwise soft with a penalty. */
public final class Distribution {
    private final int index;
    private final DistributionType type;
    private final int[] parameters;
    private final List<Section> sections;
    private final boolean required;
    private final int penalty;

    Distribution(int index, DistributionType type, int[] parameters, List<Section> sections, boolean required, int penalty) {
        if (parameters.length != type.parameterCount()) {
            throw new ModelException(type.label() + " takes " + type.parameterCount() + " parameter(s), got " + parameters.length);
        }
        if (sections.isEmpty()) {
            throw new ModelException("distribution lists no section");
        }
        if (sections.stream().distinct().count() != sections.size()) {
            throw new ModelException("distribution lists a section twice");
        }
        if (!required && penalty <= 0) {
            throw new ModelException("a distribution that is not required needs a positive penalty, got " + penalty);
        }
        this.index = index;
        this.type = type;
        this.parameters = parameters.clone();
        this.sections = List.copyOf(sections);
        this.required = required;
        this.penalty = required ? 0 : penalty;
    }

    /** Position in {@link Problem#distributions()}. */
    public int index() {
        return index;
    }

    public DistributionType type() {
        return type;
    }

    public int[] parameters() {
        return parameters.clone();
    }

    public int parameter(int i) {
        return parameters[i];
    }

    public List<Section> sections() {
        return sections;
    }

    public boolean required() {
        return required;
    }

    public int penalty() {
        return penalty;
    }

    public boolean pairSatisfied(TimePattern a, Room roomA, TimePattern b, Room roomB, TravelTimes travel) {
        return type.pairSatisfied(a, roomA, b, roomB, parameters, travel);
    }

    public int groupViolation(List<TimePattern> times, Calendar calendar) {
        return type.groupViolation(times, parameters, calendar);
    }

    /** What violation units cost on the soft level. */
    public long softPenalty(int units, Calendar calendar) {
        return type.softPenalty(units, penalty, calendar);
    }

    /** "NotOverlap" or "MaxBreaks(1,6)". */
    public String typeText() {
        return type.format(parameters);
    }

    @Override
    public String toString() {
        return (required ? "required " : "") + typeText() + "#" + index;
    }
}
