package org.skema.solver.moves;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;

/**
 * A move factory that samples its moves: each step it picks random sections it may start from and
 * plans a move for one on a {@link PlacementView}, giving up (with a move that changes nothing) after
 * a few sections that have none. In original order it lists every move from every section.
 */
abstract class SampledMoveFactory implements MoveIteratorFactory<Timetable, Move<Timetable>> {
    private static final int ATTEMPTS = 20;

    final PlanningIndex planning = new PlanningIndex();

    /** Whether a move may start from this section (placed, movable, not locked where the move changes it). */
    abstract boolean canStartFrom(PlannedSection section);

    /** A move starting from this section, or null if the random choices led nowhere. */
    abstract PlaceAndEjectMove sample(PlacementView view, PlannedSection section, RandomGenerator random);

    @Override
    public long getSize(ScoreDirector<Timetable> scoreDirector) {
        return scoreDirector.getWorkingSolution().getSections().size();
    }

    /**
     * Whether this timetable can give any move at all; when not, the iterator has none, and Timefold's
     * union picks among the other moves.
     */
    boolean anyMoves(Timetable timetable) {
        return planning.anyMovable(timetable);
    }

    /** Every move this factory would consider from this section, for selection in original order. */
    abstract List<PlaceAndEjectMove> allMovesFrom(PlacementView view, PlannedSection section);

    @Override
    public Iterator<Move<Timetable>> createOriginalMoveIterator(ScoreDirector<Timetable> scoreDirector) {
        PlacementView view = planning.view(scoreDirector.getWorkingSolution());
        List<Move<Timetable>> moves = new ArrayList<>();
        for (PlannedSection section : view.movable) {
            if (canStartFrom(section)) {
                moves.addAll(allMovesFrom(view, section));
            }
        }
        return moves.iterator();
    }

    @Override
    public Iterator<Move<Timetable>> createRandomMoveIterator(ScoreDirector<Timetable> scoreDirector,
            RandomGenerator random) {
        Timetable timetable = scoreDirector.getWorkingSolution();
        boolean anyMovable = anyMoves(timetable);
        // Timefold asks every factory for an iterator each step but takes a move from one of them;
        // the view and the starts are built only when a move is asked for.
        return new Iterator<>() {
            private PlacementView view;
            private List<PlannedSection> starts;

            @Override
            public boolean hasNext() {
                return anyMovable;
            }

            @Override
            public Move<Timetable> next() {
                if (view == null) {
                    view = planning.view(timetable);
                    starts = view.movable.stream().filter(SampledMoveFactory.this::canStartFrom).toList();
                }
                for (int attempt = 0; attempt < ATTEMPTS && !starts.isEmpty(); attempt++) {
                    PlaceAndEjectMove move = sample(view, starts.get(random.nextInt(starts.size())), random);
                    if (move != null) {
                        return move;
                    }
                }
                return PlaceAndEjectMove.NONE;
            }
        };
    }
}
