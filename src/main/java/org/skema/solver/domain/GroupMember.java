package org.skema.solver.domain;

import org.skema.model.Section;

/** A section that an attendance group attends. */
public record GroupMember(AttendanceGroup group, Section section) {
}
