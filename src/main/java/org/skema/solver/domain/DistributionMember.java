package org.skema.solver.domain;

import org.skema.model.Section;

/** A section's membership in a group distribution rule. */
public record DistributionMember(DistributionGroup group, Section section) {
}
