package org.skema.bound;

import java.util.List;

/**
 * A proven lower bound of the soft score of every timetable that places every section and breaks no
 * hard rule (with the problem's weights: the ITC 2019 total, ITC 2007's UD2 cost, the faculty's soft
 * score).
 *
 * @param value     the bound; meaningless when {@code feasible} is false
 * @param feasible  false when even the relaxation has no timetable: no complete timetable without hard
 *                  violations exists
 * @param optimal   CP-SAT solved the relaxation to optimality within the limit (the bound is then the
 *                  relaxation's optimum; it equals the problem's optimum only if nothing was left out)
 * @param seconds   how long it took
 * @param method    what gave the value: the cheapest options alone, or CP-SAT's best objective bound
 * @param leftOut   the rules the relaxation drops or under-estimates (each bounded below by 0)
 */
public record LowerBound(long value, boolean feasible, boolean optimal, double seconds, String method,
        List<String> leftOut) {

    /** The gap of a solution of this cost: (cost - bound) / cost in percent, 0 when both are 0. */
    public double gapPercent(long cost) {
        return cost <= 0 ? 0 : (cost - value) * 100.0 / cost;
    }
}
