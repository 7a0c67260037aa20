package org.skema.solver.moves;

import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveListFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SelectorBasedChangeMove;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;
import java.util.List;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;

/**
 * Keeps local search from changing a locked time or room of a section that is only partly locked
 * (a fully locked one is pinned). Its range holds just the locked value, but a variable that may
 * stay unassigned can still be set to none, by a change move or by a swap with an unassigned
 * section. This filter lets a change move through when it changes a free variable, and no other
 * move that touches a partly locked section. Custom move factories respect locks themselves.
 */
public final class LockedValueFilter implements SelectionFilter<Timetable, Move<Timetable>> {

    @Override
    public boolean accept(ScoreDirector<Timetable> scoreDirector, Move<Timetable> move) {
        if (move instanceof SelectorBasedChangeMove<Timetable> change
                && change.getEntity() instanceof PlannedSection section) {
            return switch (change.getVariableName()) {
                case "time" -> !section.isTimeLocked();
                case "room" -> !section.isRoomLocked();
                default -> true;
            };
        }
        for (Object entity : move.getPlanningEntities()) {
            if (entity instanceof PlannedSection section && (section.isTimeLocked() || section.isRoomLocked())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds this filter to every generic move selector of every local search phase (a phase without
     * selectors gets Timefold's default change and swap moves, filtered). A selector that has a filter
     * of its own keeps it.
     */
    public static void applyTo(SolverConfig config) {
        for (var phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig localSearch) {
                if (localSearch.getMoveSelectorConfig() == null) {
                    localSearch.setMoveSelectorConfig(new UnionMoveSelectorConfig(
                            List.of(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig())));
                }
                filter(localSearch.getMoveSelectorConfig());
            }
        }
    }

    private static void filter(MoveSelectorConfig<?> selector) {
        if (selector instanceof UnionMoveSelectorConfig union) {
            union.getMoveSelectorList().forEach(LockedValueFilter::filter);
        } else if (selector instanceof CartesianProductMoveSelectorConfig product) {
            product.getMoveSelectorList().forEach(LockedValueFilter::filter);
        } else if (!(selector instanceof MoveIteratorFactoryConfig) && !(selector instanceof MoveListFactoryConfig)
                && selector.getFilterClass() == null) {
            selector.setFilterClass(LockedValueFilter.class);
        }
    }
}
