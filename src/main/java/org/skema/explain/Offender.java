package org.skema.explain;

/**
 * A section, teacher or student and the penalty of the violations it takes part in. A violation
 * counts in full for each of its participants, so offenders' penalties do not add up to the score.
 */
public record Offender(String id, String name, Penalty penalty, int violations) {
}
