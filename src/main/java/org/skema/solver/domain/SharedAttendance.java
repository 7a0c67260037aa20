package org.skema.solver.domain;

import org.skema.model.Section;
import org.skema.model.TravelTimes;

/**
 * Two sections that share students or teachers ({@code first} comes first in the problem). Their
 * people must be able to attend both, travel between the rooms included.
 */
public record SharedAttendance(Section first, Section second, int students, int teachers, TravelTimes travel) {
}
