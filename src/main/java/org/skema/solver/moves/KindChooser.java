package org.skema.solver.moves;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Chooses which kind of exact neighbourhood to solve next, and how large, from what each kind has
 * gained per second so far (adaptive large neighbourhood search, as in Ropke and Pisinger's ALNS).
 * Kinds differ by orders of magnitude between problems: on bet-sum18 room-days neighbourhoods gained
 * 283 in 5 s while broken-distribution ones gained nothing in 14 s, so a fixed rotation spends most
 * of the stage where nothing is to be had.
 *
 * <p>Every kind is first tried {@link #WARM_UP} times in turn. After that a kind is drawn in
 * proportion to its recent gain per second, drawn towards the rate of all kinds while it has spent
 * little time, with a share {@link #EXPLORATION} spread evenly so that a kind that gained nothing yet
 * is still tried now and then (what pays changes as the timetable improves). Each kind keeps its own size: it grows while CP-SAT proves its choices
 * optimal within the budget and shrinks when it does not, so one hard kind does not shrink the
 * neighbourhoods of an easy one.
 */
final class KindChooser {
    static final int WARM_UP = 2;
    static final double EXPLORATION = 0.2;
    /**
     * A kind's rate is its gain over its time, both decayed by this factor at each of its tries: a
     * window of about ten tries, long enough for a kind whose gains come rarely but large.
     */
    private static final double DECAY = 0.9;
    /**
     * Each kind's rate starts from the rate of all kinds together, as if it had run this long at
     * that rate: a kind that spent little time and gained nothing yet (the gains of some kinds come
     * rarely but large) is not written off after a try or two.
     */
    private static final double PRIOR_SECONDS = 2;
    static final int MIN_SIZE = 4;
    static final int MAX_SIZE = 60;
    private static final int START_SIZE = 12;

    /**
     * The kinds drawn from. Not {@link Neighbourhoods.Kind#UNPLACED}: placing a section outweighs any
     * soft gain, so the factory tries it on its own turns while a section is unplaced.
     */
    static final List<Neighbourhoods.Kind> DRAWN = Arrays.stream(Neighbourhoods.Kind.values())
            .filter(kind -> kind != Neighbourhoods.Kind.UNPLACED).toList();
    private final Neighbourhoods.Kind[] kinds = DRAWN.toArray(Neighbourhoods.Kind[]::new);
    private final double[] gain = new double[Neighbourhoods.Kind.values().length];
    private final double[] seconds = new double[gain.length];
    private final int[] tries = new int[gain.length];
    private final int[] size = new int[gain.length];
    private int next;

    KindChooser() {
        Arrays.fill(size, START_SIZE);
    }

    /** The next kind to try, never {@link Neighbourhoods.Kind#UNPLACED}. */
    Neighbourhoods.Kind next(RandomGenerator random) {
        Neighbourhoods.Kind inTurn = kinds[next % kinds.length];
        if (tries[inTurn.ordinal()] < WARM_UP) {
            next++;
            return inTurn;
        }
        double allGain = 0;
        double allSeconds = 0;
        for (Neighbourhoods.Kind kind : kinds) {
            allGain += gain[kind.ordinal()];
            allSeconds += seconds[kind.ordinal()];
        }
        double overall = allSeconds > 0 ? allGain / allSeconds : 0;
        double[] rate = new double[kinds.length];
        double total = 0;
        for (int k = 0; k < kinds.length; k++) {
            int at = kinds[k].ordinal();
            rate[k] = (gain[at] + overall * PRIOR_SECONDS) / (seconds[at] + PRIOR_SECONDS);
            total += rate[k];
        }
        double draw = random.nextDouble();
        double cumulative = 0;
        for (int k = 0; k < kinds.length; k++) {
            cumulative += EXPLORATION / kinds.length + (total > 0 ? (1 - EXPLORATION) * rate[k] / total
                    : (1 - EXPLORATION) / kinds.length);
            if (draw < cumulative) {
                return kinds[k];
            }
        }
        return kinds[kinds.length - 1];
    }

    /** How many sections a neighbourhood of this kind should have now. */
    int size(Neighbourhoods.Kind kind) {
        return size[kind.ordinal()];
    }

    /**
     * A neighbourhood of this kind was tried: it found no sections ({@code solved} false), or CP-SAT
     * solved it, proving its choice optimal or not, for a gain in the model's cost.
     */
    void tried(Neighbourhoods.Kind kind, boolean solved, boolean optimal, long gained, long nanos) {
        int k = kind.ordinal();
        tries[k]++;
        gain[k] = DECAY * gain[k] + Math.max(0, gained);
        seconds[k] = DECAY * seconds[k] + nanos / 1e9;
        if (solved) {
            size[k] = optimal ? Math.min(MAX_SIZE, size[k] + 1) : Math.max(MIN_SIZE, size[k] - 2);
        }
    }
}
