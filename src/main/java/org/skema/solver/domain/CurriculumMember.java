package org.skema.solver.domain;

import org.skema.model.Section;

/** A section's membership in a curriculum, for compactness. */
public record CurriculumMember(CurriculumGroup group, Section section) {
}
