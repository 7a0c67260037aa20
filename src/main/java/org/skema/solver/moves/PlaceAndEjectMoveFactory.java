package org.skema.solver.moves;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.skema.model.RoomOption;
import org.skema.model.TimeOption;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;

/**
 * Generates {@link PlaceAndEjectMove}s: mostly for unplaced sections, at the least disruptive of a
 * few random allowed times, in the allowed room that ejects the fewest sections. Timefold asks for a
 * new iterator every step, and the working solution is the same for every move of a step, so each
 * iterator plans on one {@link PlacementView} of where sections are.
 */
public final class PlaceAndEjectMoveFactory implements MoveIteratorFactory<Timetable, Move<Timetable>> {
    private static final double UNPLACED_PREFERENCE = 0.9;
    /** Times tried for an unplaced section; more finds fewer ejections but costs time per move. */
    private static final int TIME_SAMPLES = 16;
    /** Times tried to re-place an ejected section without any clash. */
    private static final int REPAIR_SAMPLES = 16;
    /** How many further sections an ejection chain may move to re-place one ejected section. */
    private static final int CHAIN_DEPTH = 3;

    private final PlanningIndex planning = new PlanningIndex();
    private int clashFreeAttempts = 1;

    /**
     * Draws of a placed section and time before a move that ejects someone is returned after all; a
     * Timefold custom property, set from the search plan for problems with curricula (solver.SearchPlans).
     */
    public void setClashFreeAttempts(int clashFreeAttempts) {
        if (clashFreeAttempts < 1) {
            throw new IllegalArgumentException("clashFreeAttempts must be at least 1, not " + clashFreeAttempts);
        }
        this.clashFreeAttempts = clashFreeAttempts;
    }


    @Override
    public long getSize(ScoreDirector<Timetable> scoreDirector) {
        return scoreDirector.getWorkingSolution().getSections().size();
    }

    @Override
    public Iterator<Move<Timetable>> createOriginalMoveIterator(ScoreDirector<Timetable> scoreDirector) {
        PlacementView view = planning.view(scoreDirector.getWorkingSolution());
        List<Move<Timetable>> moves = new ArrayList<>();
        for (PlannedSection section : view.movable) {
            for (TimeOption time : section.getTimeRange()) {
                PlaceAndEjectMove move = plan(view, section, List.of(time), null, false);
                if (move != null) {
                    moves.add(move);
                }
            }
        }
        return moves.iterator();
    }

    @Override
    public Iterator<Move<Timetable>> createRandomMoveIterator(ScoreDirector<Timetable> scoreDirector,
            RandomGenerator random) {
        Timetable timetable = scoreDirector.getWorkingSolution();
        boolean anyMovable = planning.anyMovable(timetable);
        boolean stableRooms = stableRooms(timetable);
        return new Iterator<>() {
            private PlacementView view; // built when a move is asked for, as in SampledMoveFactory

            @Override
            public boolean hasNext() {
                return anyMovable;
            }

            @Override
            public Move<Timetable> next() {
                if (view == null) {
                    view = planning.view(timetable);
                }
                Move<Timetable> move = null;
                while (move == null) {
                    move = randomMove(view, stableRooms, random);
                }
                return move;
            }
        };
    }

    /** One random move on this timetable, or null when the draw finds none (for tests). */
    PlaceAndEjectMove randomMove(Timetable timetable, RandomGenerator random) {
        return randomMove(planning.view(timetable), stableRooms(timetable), random);
    }

    private static boolean stableRooms(Timetable timetable) {
        return timetable.getProblem().weights().roomStability() > 0;
    }

    /**
     * An unplaced section goes to the least disruptive of a few random times (like iterative
     * forward search choosing the value with fewest conflicts), and the sections it ejects are
     * re-placed where they clash with nothing, if such a place turns up; otherwise a random section
     * moves to one random time ({@link #clashFreeMove}).
     */
    private PlaceAndEjectMove randomMove(PlacementView view, boolean stableRooms, RandomGenerator random) {
        boolean placing = !view.unplaced.isEmpty() && random.nextDouble() < UNPLACED_PREFERENCE;
        if (!placing) {
            return clashFreeMove(view, stableRooms, random);
        }
        PlannedSection target = view.unplaced.get(random.nextInt(view.unplaced.size()));
        List<TimeOption> times = target.getTimeRange();
        int samples = Math.min(TIME_SAMPLES, times.size());
        List<TimeOption> tried = new ArrayList<>(samples);
        for (int i = 0; i < samples; i++) {
            tried.add(times.get(random.nextInt(times.size())));
        }
        return plan(view, target, tried, random, true);
    }

    /**
     * A random section at a random time, drawn again (up to {@code clashFreeAttempts} times) while the
     * move would eject someone: once every section is placed the score rejects such moves anyway, and
     * drawing again here costs far less than a score update.
     */
    private PlaceAndEjectMove clashFreeMove(PlacementView view, boolean stableRooms, RandomGenerator random) {
        PlaceAndEjectMove fallback = null;
        for (int attempt = 0; attempt < clashFreeAttempts; attempt++) {
            PlannedSection target = view.movable.get(random.nextInt(view.movable.size()));
            List<TimeOption> times = target.getTimeRange();
            PlaceAndEjectMove move = plan(view, target, List.of(times.get(random.nextInt(times.size()))), random, false);
            if (move == null) {
                continue;
            }
            if (view.plannedChanges().size() == 1) {
                return stableRooms ? inStableRoom(view, target, move, random) : move;
            }
            fallback = move;
        }
        return fallback;
    }

    /**
     * The target, planned to move alone, takes a free room its course already uses if there is one,
     * instead of any free room: with room stability in the objective a random free room mostly costs
     * a room more.
     */
    private PlaceAndEjectMove inStableRoom(PlacementView view, PlannedSection target, PlaceAndEjectMove move,
            RandomGenerator random) {
        PlacementView.Placement placement = view.plannedChanges().get(target);
        if (placement.room() == null || target.isRoomLocked()) {
            return move;
        }
        RoomOption room = view.freeRoom(target, placement.time().pattern(), planning.siblings(target), random);
        if (room == null || room.equals(placement.room())
                || (placement.time().equals(target.getTime()) && room.equals(target.getRoom()))) {
            return move;
        }
        view.clearPlan();
        view.plan(target, new PlacementView.Placement(placement.time(), room));
        return view.plannedMove();
    }

    private static PlaceAndEjectMove plan(PlacementView view, PlannedSection target, List<TimeOption> times,
            RandomGenerator random, boolean repair) {
        view.clearPlan();
        PlacementView.Candidate best = null;
        int ties = 0;
        for (TimeOption time : times) {
            PlacementView.Candidate candidate = view.bestRoom(target, time, random);
            if (candidate == null || (time.equals(target.getTime()) && Objects.equals(candidate.room(),
                    target.getRoom()))) {
                continue;
            }
            int compare = best == null ? -1 : Integer.compare(candidate.cost(), best.cost());
            if (compare < 0) {
                best = candidate;
                ties = 1;
            } else if (compare == 0 && random != null && random.nextInt(++ties) == 0) {
                best = candidate;
            }
        }
        if (best == null) {
            return null;
        }
        for (PlannedSection ejected : best.clashes()) {
            view.plan(ejected, PlacementView.Placement.NONE);
        }
        view.plan(target, new PlacementView.Placement(best.time(), best.room()));
        if (repair && random != null) {
            for (PlannedSection ejected : best.clashes()) {
                replace(view, ejected, random);
            }
        }
        return view.plannedMove();
    }

    /**
     * Gives an ejected section a new place: one that clashes with nothing if a few random times have
     * it, else one that ejects a single other section, which is then re-placed the same way, down to
     * a small depth (an ejection chain). Distribution moves re-place what they eject the same way.
     */
    static void replace(PlacementView view, PlannedSection section, RandomGenerator random) {
        replace(view, section, random, CHAIN_DEPTH);
    }

    private static void replace(PlacementView view, PlannedSection section, RandomGenerator random, int depth) {
        List<TimeOption> times = section.getTimeRange();
        PlacementView.Candidate single = null;
        for (int i = 0; i < REPAIR_SAMPLES; i++) {
            PlacementView.Candidate candidate = view.bestRoom(section, times.get(random.nextInt(times.size())), random);
            if (candidate == null) {
                continue;
            }
            if (candidate.clashes().isEmpty()) {
                view.plan(section, new PlacementView.Placement(candidate.time(), candidate.room()));
                return;
            }
            if (single == null && candidate.cost() == 1
                    && !view.plannedChanges().containsKey(candidate.clashes().get(0))) {
                single = candidate;
            }
        }
        if (single != null && depth > 0) {
            PlannedSection next = single.clashes().get(0);
            view.plan(next, PlacementView.Placement.NONE);
            view.plan(section, new PlacementView.Placement(single.time(), single.room()));
            replace(view, next, random, depth - 1);
        }
    }
}
