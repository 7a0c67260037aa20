package org.skema.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import ai.timefold.solver.core.api.score.stream.test.SingleConstraintAssertion;
import java.util.function.BiFunction;
import org.skema.ScenarioBuilder.Scenario;
import org.skema.ScenarioBuilder;
import org.skema.model.Rule;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;

/**
 * Runs one constraint on a {@link ScenarioBuilder} scenario with Timefold's ConstraintVerifier and,
 * on the same solution, checks that the Evaluator counts the same raw units for the rule. Match
 * weights are compared, not weighted scores (ConstraintVerifier ignores constraint weights).
 */
final class ConstraintFixtures {
    static final ConstraintVerifier<TimetableConstraints, Timetable> VERIFIER =
            ConstraintVerifier.build(new TimetableConstraints(), Timetable.class, PlannedSection.class);

    private ConstraintFixtures() {
    }

    /** The constraint stream that implements a rule. */
    static BiFunction<TimetableConstraints, ConstraintFactory, Constraint> constraintOf(Rule rule) {
        return switch (rule) {
            case ROOM_CONFLICT -> TimetableConstraints::roomConflict;
            case TEACHER_CONFLICT -> TimetableConstraints::teacherConflict;
            case ROOM_UNAVAILABLE -> TimetableConstraints::roomUnavailable;
            case ROOM_CAPACITY -> TimetableConstraints::roomCapacity;
            case TEACHER_UNAVAILABLE -> TimetableConstraints::teacherUnavailable;
            case REQUIRED_DISTRIBUTION_PAIR -> TimetableConstraints::requiredDistributionPair;
            case REQUIRED_DISTRIBUTION_GROUP -> TimetableConstraints::requiredDistributionGroup;
            case SECTIONING_STRUCTURE -> TimetableConstraints::sectioningStructure;
            case CLASS_LIMIT -> TimetableConstraints::classLimit;
            case UNPLACED_SECTION -> TimetableConstraints::unplacedSection;
            case STUDENT_CONFLICT -> TimetableConstraints::studentConflict;
            case STUDENT_GAP -> TimetableConstraints::studentGap;
            case TEACHER_UNDESIRED_TIME -> TimetableConstraints::teacherUndesiredTime;
            case TIME_PENALTY -> TimetableConstraints::timePenalty;
            case ROOM_PENALTY -> TimetableConstraints::roomPenalty;
            case PREFERRED_DISTRIBUTION_PAIR -> TimetableConstraints::preferredDistributionPair;
            case PREFERRED_DISTRIBUTION_GROUP -> TimetableConstraints::preferredDistributionGroup;
            case CURRICULUM_CONFLICT -> TimetableConstraints::curriculumConflict;
            case ROOM_CAPACITY_OVERFLOW -> TimetableConstraints::roomCapacityOverflow;
            case MIN_WORKING_DAYS -> TimetableConstraints::minWorkingDays;
            case CURRICULUM_COMPACTNESS -> TimetableConstraints::curriculumCompactness;
            case ROOM_STABILITY -> TimetableConstraints::roomStability;
            case MOVED_SECTION -> TimetableConstraints::movedSection;
        };
    }

    /**
     * Timefold's verdict alone, for the rare test whose Evaluator figure differs on purpose. The
     * solution's weight overrides are cleared: a single-constraint verifier rejects overrides that
     * name the other constraints (and match weights ignore constraint weights anyway).
     */
    static SingleConstraintAssertion timefold(Rule rule, Scenario scenario) {
        Timetable timetable = scenario.timetable();
        timetable.setConstraintWeightOverrides(ConstraintWeightOverrides.none());
        return VERIFIER.verifyThat(constraintOf(rule)).givenSolution(timetable);
    }

    static RuleAssertion assertRule(Rule rule, ScenarioBuilder builder) {
        return new RuleAssertion(rule, builder.build());
    }

    /** For scenarios built by hand, such as course structures that ScenarioBuilder does not make. */
    static RuleAssertion assertRule(Rule rule, Scenario scenario) {
        return new RuleAssertion(rule, scenario);
    }

    /** Expectations on one rule, checked against both Timefold and the Evaluator. */
    static final class RuleAssertion {
        private final Rule rule;
        private final Scenario scenario;

        private RuleAssertion(Rule rule, Scenario scenario) {
            this.rule = rule;
            this.scenario = scenario;
        }

        /** The sum of match weights (raw units, before the objective weight). */
        RuleAssertion penalizesBy(long units) {
            timefold(rule, scenario).penalizesBy(rule.label(), units);
            assertThat(evaluatorUnits()).as("Evaluator units of " + rule.label()).isEqualTo(units);
            return this;
        }

        /** The number of constraint matches (Timefold only: the Evaluator groups its violations differently). */
        RuleAssertion matches(long count) {
            timefold(rule, scenario).penalizes(rule.label(), count);
            return this;
        }

        void hasNoImpact() {
            timefold(rule, scenario).hasNoImpact(rule.label());
            assertThat(evaluatorUnits()).as("Evaluator units of " + rule.label()).isZero();
        }

        private long evaluatorUnits() {
            return scenario.evaluate().unitsPerRule().get(rule);
        }
    }
}
