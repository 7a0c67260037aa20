package org.skema.solver.domain;

import org.skema.model.Course;

/** A course that asks for a minimum number of days; its own fact type, so that no other Course fact mixes in. */
public record MinDaysCourse(Course course) {
}
