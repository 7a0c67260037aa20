package org.skema.solver;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a solve with Skema's own configuration does, stage by stage, as data: how construction places a
 * section, which moves with which weights complete and then improve the timetable, how many annealing
 * rounds run, and whether and when students are re-sectioned. {@link SearchPlans} picks a plan per
 * problem family; {@link TimetableSolver} runs any plan without knowing the family.
 *
 * @param family       the problem family the plan was made for
 * @param construction how construction places a section
 * @param completion   local search while construction left sections unplaced
 * @param annealing    simulated annealing, once all is placed or completion has had its share of the time
 * @param exact        exact neighbourhoods after each annealing round; null for none
 * @param students     re-sectioning of the students before each annealing round and at the end; null when
 *                     students stay where the initial sectioning put them
 */
public record SearchPlan(String family, Construction construction, Completion completion, Annealing annealing,
        Exact exact, Resectioning students) {

    public SearchPlan {
        if (completion.moves().isEmpty() || annealing.moves().isEmpty()) {
            throw new IllegalArgumentException("a search plan needs moves in every local search stage");
        }
    }

    public enum Construction {
        /**
         * Each section's time, then its room, one step each: does not stall on hundreds of times x dozens of
         * rooms. The sections with the fewest (time, room) places go first, and only times at which one of
         * the section's rooms is still usable are tried, while there are any (StageConfigs).
         */
        TIME_THEN_ROOM,
        /** Every (time, room) pair of a section at once (first fit decreasing): a better start where domains are small. */
        TIME_AND_ROOM
    }

    /**
     * @param moves              the moves and their weights
     * @param lateAcceptanceSize late acceptance's list length
     * @param timeShare          share of the time left after construction that completion may take
     */
    public record Completion(List<WeightedMove> moves, int lateAcceptanceSize, double timeShare) {
        public Completion {
            moves = List.copyOf(moves);
        }
    }

    /**
     * @param moves              the moves and their weights
     * @param rounds             rounds of the time left, each from the temperature one long schedule would
     *                           have reached there (students are re-sectioned before each round)
     * @param temperatureDivisor the first round's temperature is the soft penalty per section divided by this
     * @param minTemperature     the lowest starting temperature
     */
    public record Annealing(List<WeightedMove> moves, int rounds, long temperatureDivisor, long minTemperature) {
        public Annealing {
            moves = List.copyOf(moves);
            if (rounds < 1) {
                throw new IllegalArgumentException("at least one annealing round, got " + rounds);
            }
        }
    }

    /**
     * @param moves     the moves (exact neighbourhoods, with their CP-SAT budget as a property)
     * @param timeShare share of the first annealing round's time given to them, after the annealing; later
     *                  rounds take {@link #nextShare}
     */
    public record Exact(List<WeightedMove> moves, double timeShare) {
        /** Neither stage stops for good: what pays changes as the timetable improves. */
        static final double MIN_SHARE = 0.1;
        static final double MAX_SHARE = 0.75;

        public Exact {
            moves = List.copyOf(moves);
            if (!(timeShare > 0 && timeShare < 1)) {
                throw new IllegalArgumentException("the exact share of a round is between 0 and 1, not " + timeShare);
            }
        }

        /**
         * The exact stage's share of the next round, in proportion to what each stage of the last round
         * gained per second: the annealing over its second half (its first half mostly harvests what any
         * search would find), the exact stage over all of it; between {@link #MIN_SHARE} and
         * {@link #MAX_SHARE}, and the same share again when neither gained.
         */
        static double nextShare(double share, long annealingGain, long annealingMillis, long exactGain,
                long exactMillis) {
            double annealingRate = Math.max(0, annealingGain) / (double) Math.max(1, annealingMillis);
            double exactRate = Math.max(0, exactGain) / (double) Math.max(1, exactMillis);
            if (annealingRate + exactRate == 0) {
                return share;
            }
            return Math.clamp(exactRate / (annealingRate + exactRate), MIN_SHARE, MAX_SHARE);
        }
    }

    /**
     * @param finalPercent        share of the time limit (in percent) kept for re-sectioning at the end
     * @param finalMax            at most this long at the end
     * @param betweenRoundsShare  share of the time left that a re-sectioning between rounds may take
     * @param betweenRoundsMax    at most this long between rounds
     */
    public record Resectioning(long finalPercent, Duration finalMax, double betweenRoundsShare,
            Duration betweenRoundsMax) {
    }

    /**
     * @param kind       the move
     * @param weight     its share among the stage's moves (Timefold's fixed probability weight)
     * @param properties settings of a custom move factory (Timefold's custom properties)
     */
    public record WeightedMove(MoveKind kind, double weight, Map<String, String> properties) {
        public WeightedMove {
            properties = Map.copyOf(properties);
        }

        public WeightedMove(MoveKind kind, double weight) {
            this(kind, weight, Map.of());
        }
    }
}
