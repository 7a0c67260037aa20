package org.skema.solver.moves;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;
import org.skema.solver.lns.ChoiceModel;

/**
 * Exact neighbourhoods: each move frees a neighbourhood of sections (see {@link Neighbourhoods}),
 * solves their places with everything else fixed as a {@link ChoiceModel} with CP-SAT, and moves the
 * sections to the places found. The solver scores the move in full, so the acceptor decides as for
 * any move. The neighbourhood grows while CP-SAT proves its choices optimal within the budget and
 * shrinks when it does not.
 */
public final class CpSatMoveFactory implements MoveIteratorFactory<Timetable, Move<Timetable>> {
    /** Times kept per section before rooms are tried, and places kept per section. */
    private static final int MAX_TIMES = 12;
    private static final int MAX_CANDIDATES = 30;

    private final PlanningIndex planning = new PlanningIndex();
    /** CP-SAT's deterministic time per neighbourhood (its work units, roughly seconds). */
    private double budget = 0.5;
    private final KindChooser chooser = new KindChooser();
    private int unplacedTurn;

    /** Timefold custom property. */
    public void setBudget(String budget) {
        double value = Double.parseDouble(budget);
        if (!(value > 0)) {
            throw new IllegalArgumentException("budget must be positive, not " + budget);
        }
        this.budget = value;
    }

    @Override
    public long getSize(ScoreDirector<Timetable> scoreDirector) {
        return planning.anyMovable(scoreDirector.getWorkingSolution()) ? 1 : 0;
    }

    @Override
    public Iterator<Move<Timetable>> createOriginalMoveIterator(ScoreDirector<Timetable> scoreDirector) {
        // Neighbourhoods have no natural order; a fixed seed makes the sequence the same on every run.
        return createRandomMoveIterator(scoreDirector, new java.util.Random(0));
    }

    @Override
    public Iterator<Move<Timetable>> createRandomMoveIterator(ScoreDirector<Timetable> scoreDirector,
            RandomGenerator random) {
        Timetable timetable = scoreDirector.getWorkingSolution();
        boolean anyMovable = planning.anyMovable(timetable);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return anyMovable;
            }

            @Override
            public Move<Timetable> next() {
                return solveOne(timetable, random);
            }
        };
    }

    private Move<Timetable> solveOne(Timetable timetable, RandomGenerator random) {
        long start = System.nanoTime();
        Neighbourhoods.Kind[] tried = new Neighbourhoods.Kind[1];
        Move<Timetable> move = solveOne(timetable, random, tried);
        NeighbourhoodTally tally = NeighbourhoodTally.current();
        if (tally != null && tried[0] != null) {
            tally.tried(tried[0], System.nanoTime() - start, move != PlaceAndEjectMove.NONE);
        }
        return move;
    }

    /** One neighbourhood solved; {@code tried[0]} is set to its kind (null if no kind found sections). */
    private Move<Timetable> solveOne(Timetable timetable, RandomGenerator random, Neighbourhoods.Kind[] tried) {
        PlacementView view = planning.view(timetable);
        Neighbourhoods neighbourhoods = new Neighbourhoods(view, planning.conflicts(), timetable.getProblem(), random);
        List<PlannedSection> sections = List.of();
        Neighbourhoods.Kind kind = null;
        long start = 0;
        for (int attempt = 0; attempt < Neighbourhoods.Kind.values().length && sections.isEmpty(); attempt++) {
            start = System.nanoTime();
            // Placing a section outweighs any soft gain: while one is unplaced, every other try starts
            // there (not every try: where none can be placed, the soft goals still get half the tries).
            kind = attempt == 0 && unplacedTurn++ % 2 == 0 && anyUnplaced(view) ? Neighbourhoods.Kind.UNPLACED
                    : chooser.next(random);
            sections = neighbourhoods.pick(kind, chooser.size(kind));
            if (sections.isEmpty()) {
                chooser.tried(kind, false, false, 0, System.nanoTime() - start);
            }
        }
        tried[0] = sections.isEmpty() ? null : kind;
        if (sections.size() < 2) {
            if (sections.size() == 1) {
                chooser.tried(kind, false, false, 0, System.nanoTime() - start);
            }
            return PlaceAndEjectMove.NONE;
        }
        NeighbourhoodModel model = NeighbourhoodModel.of(view, planning.conflicts(), sections,
                timetable.getProblem().weights(), MAX_TIMES, MAX_CANDIDATES);
        ChoiceModel.Choice choice = model.model().solve(budget, random.nextInt(Integer.MAX_VALUE));
        if (choice == null) {
            chooser.tried(kind, true, false, 0, System.nanoTime() - start);
            return PlaceAndEjectMove.NONE;
        }
        Long current = model.model().cost(model.model().currentChoice());
        long gain = current == null ? 0 : current - choice.cost();
        chooser.tried(kind, true, choice.optimal(), gain, System.nanoTime() - start);
        return model.moveFor(choice.candidates());
    }

    private static boolean anyUnplaced(PlacementView view) {
        for (PlannedSection section : view.movable) {
            if (!section.isPlaced()) {
                return true;
            }
        }
        return false;
    }
}
