package org.skema.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A course: a student who requests it attends one of its configs. It may ask for its sections to
 * be spread over a minimum number of days of the week (ITC 2007's minimum working days).
 */
public final class Course {
    private final String id;
    private final String name;
    private final int minDays;
    private final List<Config> configs = new ArrayList<>();

    Course(String id, String name, int minDays) {
        if (minDays < 0) {
            throw new ModelException("minimum days must not be negative, got " + minDays);
        }
        this.id = Ids.require(id);
        this.name = name == null ? id : name;
        this.minDays = minDays;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Fewest different days of the week its sections should meet on; 0 when it does not matter. */
    public int minDays() {
        return minDays;
    }

    /** Days short of {@link #minDays()} when its sections meet on the days in {@code dayMask} (bit i is day i). */
    public int missingDays(int dayMask) {
        return Math.max(0, minDays - Integer.bitCount(dayMask));
    }

    public List<Config> configs() {
        return Collections.unmodifiableList(configs);
    }

    /** Every section of the course, config by config and subpart by subpart. */
    public List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        for (Config config : configs) {
            for (Subpart subpart : config.subparts()) {
                sections.addAll(subpart.sections());
            }
        }
        return sections;
    }

    void add(Config config) {
        configs.add(config);
    }

    @Override
    public String toString() {
        return id;
    }
}
