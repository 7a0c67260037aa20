package org.skema.solver.domain;

import org.skema.model.Distribution;
import org.skema.model.Section;
import org.skema.model.TravelTimes;

/** One pair of a pairwise distribution rule; {@code first} is listed before {@code second}. */
public record DistributionPair(Distribution distribution, Section first, Section second, TravelTimes travel) {
}
