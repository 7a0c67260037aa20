package org.skema.solver.domain;

import org.skema.model.Calendar;
import org.skema.model.Distribution;

/** A group distribution rule (MaxDays, MaxDayLoad, MaxBreaks, MaxBlock) with the calendar it counts over. */
public record DistributionGroup(Distribution distribution, Calendar calendar) {
}
