package org.skema.solver.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import org.skema.model.Problem;
import org.skema.model.SectioningRules;

/** The planning solution: the sections to place and the facts the constraints join them with. */
@PlanningSolution
public class Timetable {
    private Problem problem;
    private List<SharedAttendance> sharedAttendances;
    private List<DistributionPair> distributionPairs;
    private List<DistributionMember> distributionMembers;
    private List<GroupMember> groupMembers;
    private List<SectioningRules.Flaw> sectioningFlaws;
    private CurriculumFacts curriculumFacts = CurriculumFacts.NONE;
    private List<ProximityMember> proximityMembers = List.of();
    private List<PreviousPlacement> previousPlacements = List.of();
    private List<PlannedSection> sections;
    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides = ConstraintWeightOverrides.none();
    private HardMediumSoftScore score;

    public Timetable() {
    }

    public Timetable(Problem problem, List<SharedAttendance> sharedAttendances, List<DistributionPair> distributionPairs,
            List<DistributionMember> distributionMembers, List<GroupMember> groupMembers,
            List<SectioningRules.Flaw> sectioningFlaws, List<PlannedSection> sections,
            ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides) {
        this.problem = problem;
        this.sharedAttendances = sharedAttendances;
        this.distributionPairs = distributionPairs;
        this.distributionMembers = distributionMembers;
        this.groupMembers = groupMembers;
        this.sectioningFlaws = sectioningFlaws;
        this.sections = sections;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    /** The model this timetable was built from; not a planning member. */
    public Problem getProblem() {
        return problem;
    }

    @ProblemFactCollectionProperty
    public List<SharedAttendance> getSharedAttendances() {
        return sharedAttendances;
    }

    @ProblemFactCollectionProperty
    public List<DistributionPair> getDistributionPairs() {
        return distributionPairs;
    }

    @ProblemFactCollectionProperty
    public List<DistributionMember> getDistributionMembers() {
        return distributionMembers;
    }

    @ProblemFactCollectionProperty
    public List<GroupMember> getGroupMembers() {
        return groupMembers;
    }

    /** Broken sectioning rules of the fixed enrolments; constant during a solve. */
    @ProblemFactCollectionProperty
    public List<SectioningRules.Flaw> getSectioningFlaws() {
        return sectioningFlaws;
    }

    /** Members of pairwise rules that only nearby pairs can break; set by the mapper after construction. */
    public void setProximityMembers(List<ProximityMember> members) {
        this.proximityMembers = members;
    }

    @ProblemFactCollectionProperty
    public List<ProximityMember> getProximityMembers() {
        return proximityMembers;
    }

    /** The curriculum facts; set by the mapper after construction. */
    public void setCurriculumFacts(CurriculumFacts facts) {
        this.curriculumFacts = facts;
    }

    @ProblemFactCollectionProperty
    public List<CurriculumPair> getCurriculumPairs() {
        return curriculumFacts.pairs();
    }

    @ProblemFactCollectionProperty
    public List<CurriculumMember> getCurriculumMembers() {
        return curriculumFacts.members();
    }

    @ProblemFactCollectionProperty
    public List<MinDaysCourse> getMinDaysCourses() {
        return curriculumFacts.minDaysCourses();
    }

    /** Re-planning: where sections were before; set by the mapper after construction. */
    public void setPreviousPlacements(List<PreviousPlacement> placements) {
        this.previousPlacements = placements;
    }

    @ProblemFactCollectionProperty
    public List<PreviousPlacement> getPreviousPlacements() {
        return previousPlacements;
    }

    @PlanningEntityCollectionProperty
    public List<PlannedSection> getSections() {
        return sections;
    }

    public ConstraintWeightOverrides<HardMediumSoftScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    @PlanningScore
    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
