package org.skema.explain;

import java.util.List;
import org.skema.evaluate.Violation;
import org.skema.model.Assignment;

/**
 * A teacher's or a student's week and the violations that name them.
 *
 * @param kind "teacher" or "student"
 * @param week their sections' assignments, placed ones by first day and start, unplaced ones last
 */
public record PersonExplanation(String kind, String id, String name, List<Assignment> week, List<Violation> violations) {
}
