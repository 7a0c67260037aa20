package org.skema.solver;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionCacheType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.common.decorator.SelectionSorterOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySorterManner;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.time.Duration;
import java.util.List;
import org.skema.constraints.TimetableConstraints;
import org.skema.solver.SearchPlan.Construction;
import org.skema.solver.SearchPlan.WeightedMove;
import org.skema.solver.domain.PlacesDifficulty;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;
import org.skema.solver.moves.CpSatMoveFactory;
import org.skema.solver.moves.DistributionMoveFactory;
import org.skema.solver.moves.FreeRoomTimeFilter;
import org.skema.solver.moves.KempeMoveFactory;
import org.skema.solver.moves.LockedValueFilter;
import org.skema.solver.moves.PlaceAndEjectMoveFactory;
import org.skema.solver.moves.RoomSwapMoveFactory;

/** The one place that turns a search plan's stages (and the solve's limits) into Timefold configurations. */
public final class StageConfigs {
    private static final String PLACER_ENTITIES = "placerEntitySelector";

    private StageConfigs() {
    }

    /**
     * The domain, constraints, assertion mode, seed and limits, with no phases: with it Timefold can
     * score a timetable, and every stage starts from it.
     */
    public static SolverConfig base(SolveOptions options) {
        TerminationConfig termination = new TerminationConfig();
        if (options.timeLimit() == null && options.moveLimit() == null && options.unimprovedLimit() == null) {
            throw new IllegalArgumentException("a solve needs a time, move or unimproved-time limit");
        }
        if (options.timeLimit() != null) {
            termination.setSpentLimit(options.timeLimit());
        }
        // The unimproved limit is TimetableSolver's, over the whole solve: Timefold's would start again each stage.
        return new SolverConfig()
                .withSolutionClass(Timetable.class)
                .withEntityClasses(PlannedSection.class)
                .withConstraintProviderClass(TimetableConstraints.class)
                .withEnvironmentMode(options.environmentMode())
                .withRandomSeed(options.seed())
                .withTerminationConfig(termination);
    }

    /** A solver configuration from the user's XML file, run as it is, in one stage, with the solve's limits. */
    public static SolverConfig custom(SolveOptions options, boolean locked) {
        SolverConfig config = SolverConfig.createFromXmlFile(options.solverConfig().toFile());
        SolverConfig base = base(options);
        config.withSolutionClass(base.getSolutionClass())
                .withEntityClassList(base.getEntityClassList())
                .withConstraintProviderClass(TimetableConstraints.class)
                .withEnvironmentMode(base.getEnvironmentMode())
                .withRandomSeed(base.getRandomSeed())
                .withTerminationConfig(base.getTerminationConfig());
        if (options.moveLimit() != null) {
            config.getPhaseConfigList().stream()
                    .filter(LocalSearchPhaseConfig.class::isInstance)
                    .forEach(phase -> phase.setTerminationConfig(new TerminationConfig()
                            .withMoveCountLimit(options.moveLimit())));
        }
        if (locked) {
            LockedValueFilter.applyTo(config);
        }
        return config;
    }

    /** Construction only: it always completes, whatever the move limit. */
    public static SolverConfig construction(SolveOptions options, Construction construction) {
        ConstructionHeuristicPhaseConfig phase = switch (construction) {
            case TIME_AND_ROOM -> new ConstructionHeuristicPhaseConfig()
                    .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING);
            // The phase's sorter manner is NONE so that Timefold does not add its own to the placer's comparator.
            case TIME_THEN_ROOM -> new ConstructionHeuristicPhaseConfig().withEntitySorterManner(EntitySorterManner.NONE)
                    .withEntityPlacerConfig(
                    new QueuedEntityPlacerConfig()
                            .withEntitySelectorConfig(new EntitySelectorConfig().withId(PLACER_ENTITIES)
                                    .withCacheType(SelectionCacheType.PHASE)
                                    .withSelectionOrder(SelectionOrder.SORTED)
                                    .withComparatorClass(PlacesDifficulty.class)
                                    .withSorterOrder(SelectionSorterOrder.DESCENDING))
                            .withMoveSelectorConfigs(placeOnly("time").withFilterClass(FreeRoomTimeFilter.class),
                                    placeOnly("room")));
        };
        return base(options).withPhases(phase);
    }

    private static ChangeMoveSelectorConfig placeOnly(String variable) {
        return new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig(PLACER_ENTITIES))
                .withValueSelectorConfig(new ValueSelectorConfig(variable));
    }

    /**
     * One local search stage: these moves under this acceptor (taking the first accepted move each step),
     * for at most {@code limit} (null: the solve's limits only), stopping at {@code scoreLimit} if given.
     * A move limit applies to each stage.
     */
    @SuppressWarnings("rawtypes")
    public static SolverConfig localSearch(SolveOptions options, List<WeightedMove> moves,
            LocalSearchAcceptorConfig acceptor, Duration limit, String scoreLimit, boolean locked) {
        LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves.stream()
                        .<MoveSelectorConfig>map(StageConfigs::selector).toList()))
                .withAcceptorConfig(acceptor)
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
        if (options.moveLimit() != null) {
            phase.setTerminationConfig(new TerminationConfig().withMoveCountLimit(options.moveLimit()));
        }
        SolverConfig config = base(options).withPhases(phase);
        TerminationConfig termination = config.getTerminationConfig();
        if (limit != null) {
            termination.setSpentLimit(Duration.ofMillis(Math.max(1, limit.toMillis())));
        }
        if (scoreLimit != null) {
            termination.setBestScoreLimit(scoreLimit);
        }
        if (locked) {
            LockedValueFilter.applyTo(config);
        }
        return config;
    }

    /** Timefold's selector for one weighted move. */
    @SuppressWarnings("rawtypes")
    static MoveSelectorConfig<?> selector(WeightedMove move) {
        MoveSelectorConfig<?> selector = switch (move.kind()) {
            case TIME_CHANGE -> new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig("time"));
            case ROOM_CHANGE -> new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig("room"));
            case TIME_SWAP -> new SwapMoveSelectorConfig().withVariableNameIncludes("time");
            case PLACE_AND_EJECT -> factory(PlaceAndEjectMoveFactory.class, move);
            case DISTRIBUTION -> factory(DistributionMoveFactory.class, move);
            case ROOM_SWAP -> factory(RoomSwapMoveFactory.class, move);
            case KEMPE_CHAIN -> factory(KempeMoveFactory.class, move);
            case EXACT_NEIGHBOURHOOD -> factory(CpSatMoveFactory.class, move);
        };
        selector.setFixedProbabilityWeight(move.weight());
        return selector;
    }

    @SuppressWarnings("rawtypes")
    private static MoveIteratorFactoryConfig factory(Class<? extends MoveIteratorFactory> type, WeightedMove move) {
        MoveIteratorFactoryConfig factory = new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(type);
        if (!move.properties().isEmpty()) {
            factory.setMoveIteratorFactoryCustomProperties(move.properties());
        }
        return factory;
    }
}
