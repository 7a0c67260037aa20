package org.skema.model;

/** A time with a penalty: an allowed time of a section, or a time a teacher would rather not teach at. */
public record TimeOption(TimePattern pattern, int penalty) {
    public TimeOption {
        if (pattern == null) {
            throw new ModelException("a time option needs a time");
        }
        if (penalty < 0) {
            throw new ModelException("time penalty must not be negative, got " + penalty);
        }
    }
}
