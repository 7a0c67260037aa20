package org.skema.solver.domain;

import org.skema.model.Section;

/** Two sections that share at least one curriculum ({@code first} comes first in the problem); once per pair. */
public record CurriculumPair(Section first, Section second) {
}
