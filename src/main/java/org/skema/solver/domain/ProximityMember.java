package org.skema.solver.domain;

import org.skema.model.Distribution;
import org.skema.model.Section;
import org.skema.model.TravelTimes;

/**
 * A section of a pairwise rule that can only fail for sections close in time on a common day
 * (NotOverlap, SameAttendees, MinGap). Instead of one fact per pair, which makes a large rule cost
 * thousands of updates per move, the solver joins members whose times are within {@code margin}.
 *
 * @param position the section's place in the rule's list, so each pair is counted once
 */
public record ProximityMember(Distribution distribution, Section section, int position, int margin, TravelTimes travel) {
}
