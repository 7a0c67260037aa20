package org.skema.generate;

import java.util.List;
import org.skema.model.DistributionType;

/** A distribution rule over planned sections. */
record DistributionPlan(DistributionType type, List<SectionPlan> sections, boolean required, int penalty) {
    DistributionPlan {
        sections = List.copyOf(sections);
    }

    static DistributionPlan required(DistributionType type, List<SectionPlan> sections) {
        return new DistributionPlan(type, sections, true, 0);
    }

    static DistributionPlan preferred(DistributionType type, List<SectionPlan> sections, int penalty) {
        return new DistributionPlan(type, sections, false, penalty);
    }
}
