package org.skema.solver.moves;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the exact neighbourhoods of one solve did, per kind and stage: how many were solved, how many
 * gave a move, how many of those became a new best, the soft score they gained, and the time spent
 * building and solving them. It only counts: the moves are the same with or without it.
 *
 * <p>Timefold builds the move factory itself, so the tally reaches it through the solving thread
 * (each stage is a plain solve on the caller's thread, each worker its own thread). The exact stage
 * climbs hills and takes the first accepted move, so a new best found there comes from the last move
 * proposed.
 */
public final class NeighbourhoodTally {
    private static final ThreadLocal<NeighbourhoodTally> CURRENT = new ThreadLocal<>();

    /** One kind's counts over a stage. */
    public record Count(String kind, long tries, long moves, long improvements, long gain, double seconds) {
    }

    private final Map<Neighbourhoods.Kind, long[]> counts = new EnumMap<>(Neighbourhoods.Kind.class);
    private Neighbourhoods.Kind pending;
    private HardMediumSoftScore best;

    private NeighbourhoodTally() {
    }

    /** A tally for the solve running on this thread, until {@link #stop}. */
    public static NeighbourhoodTally start() {
        NeighbourhoodTally tally = new NeighbourhoodTally();
        CURRENT.set(tally);
        return tally;
    }

    public void stop() {
        CURRENT.remove();
    }

    /** The tally of this thread's solve; null outside one (a move factory used on its own). */
    static NeighbourhoodTally current() {
        return CURRENT.get();
    }

    /** A stage starts from this best score: the counts start again. */
    public void stageStarted(HardMediumSoftScore before) {
        counts.clear();
        best = before;
        pending = null;
    }

    /** The stage's counts, per kind tried, in the kinds' order; nothing is pending afterwards. */
    public List<Count> stageEnded() {
        pending = null;
        List<Count> result = new ArrayList<>();
        counts.forEach((kind, c) -> result.add(new Count(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                c[0], c[1], c[2], c[3], c[4] / 1e9)));
        return result;
    }

    void tried(Neighbourhoods.Kind kind, long nanos, boolean moved) {
        long[] c = counts.computeIfAbsent(kind, k -> new long[5]);
        c[0]++;
        c[1] += moved ? 1 : 0;
        c[4] += nanos;
        pending = moved ? kind : null;
    }

    /** A new best score of the running stage, credited to the last proposed move if there is one. */
    public void newBest(HardMediumSoftScore score) {
        if (pending != null && best != null) {
            long[] c = counts.get(pending);
            c[2]++;
            c[3] += score.softScore() - best.softScore();
        }
        best = score;
        pending = null;
    }
}
