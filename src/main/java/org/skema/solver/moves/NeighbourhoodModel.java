package org.skema.solver.moves;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skema.model.DistributionType;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.SharedAttendance;
import org.skema.solver.lns.ChoiceModel;

/**
 * A neighbourhood of sections as a {@link ChoiceModel}: each section's candidate places (its own time
 * and room options that clash with nothing outside the neighbourhood, the cheapest ones), costed
 * against the fixed rest of the timetable, and pairs of candidates of two sections costed or forbidden
 * together. Costs are the score's soft units (the rules' weights included) for the pairwise and
 * per-section rules: student conflicts, soft pairwise distributions, time and room penalties,
 * undesired teaching times. Group rules (MaxDays, gaps, ...) are left out of the model; the move the
 * choice becomes is scored by the solver in full, so the model only has to propose well.
 */
final class NeighbourhoodModel {
    /** A candidate place; time null means unplaced (only a section unplaced now has it). */
    record Place(TimeOption time, RoomOption room) {
    }

    /** What an unplaced section costs in the model: more than any soft gain could repay. */
    private static final long UNPLACED = 1_000_000_000L;

    private final PlacementView view;
    private final ConflictIndex index;
    private final List<PlannedSection> sections;
    private final Map<Integer, Integer> position = new HashMap<>();
    private final List<List<Place>> candidates = new ArrayList<>();
    private final ChoiceModel model = new ChoiceModel();
    private final long studentWeight;
    private final long timeWeight;
    private final long roomWeight;
    private final long distributionWeight;
    private final long undesiredWeight;

    private NeighbourhoodModel(PlacementView view, ConflictIndex index, List<PlannedSection> sections,
            ObjectiveWeights weights) {
        this.view = view;
        this.index = index;
        this.sections = sections;
        this.studentWeight = Rule.STUDENT_CONFLICT.weight(weights);
        this.timeWeight = Rule.TIME_PENALTY.weight(weights);
        this.roomWeight = Rule.ROOM_PENALTY.weight(weights);
        this.distributionWeight = Rule.PREFERRED_DISTRIBUTION_PAIR.weight(weights);
        this.undesiredWeight = Rule.TEACHER_UNDESIRED_TIME.weight(weights);
        for (int i = 0; i < sections.size(); i++) {
            position.put(sections.get(i).getIndex(), i);
        }
    }

    /**
     * The model of these sections (all movable) on this view. The view is left with the sections
     * planned as unplaced, so that clashes are counted against the rest only.
     *
     * @param maxTimes      the cheapest times kept per section before rooms are tried
     * @param maxCandidates the cheapest places kept per section
     */
    static NeighbourhoodModel of(PlacementView view, ConflictIndex index, List<PlannedSection> sections,
            ObjectiveWeights weights, int maxTimes, int maxCandidates) {
        NeighbourhoodModel built = new NeighbourhoodModel(view, index, sections, weights);
        built.build(maxTimes, maxCandidates);
        return built;
    }

    ChoiceModel model() {
        return model;
    }

    List<PlannedSection> sections() {
        return sections;
    }

    List<Place> candidates(int item) {
        return candidates.get(item);
    }

    /** The move that puts every section whose choice differs from its current place there. */
    PlaceAndEjectMove moveFor(int[] choice) {
        List<PlaceAndEjectMove.Change> changes = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            PlannedSection section = sections.get(i);
            Place place = candidates.get(i).get(choice[i]);
            if (place.time() != section.getTime() || place.room() != section.getRoom()) {
                changes.add(new PlaceAndEjectMove.Change(section, place.time(), place.room()));
            }
        }
        return changes.isEmpty() ? PlaceAndEjectMove.NONE : PlaceAndEjectMove.of(changes);
    }

    private void build(int maxTimes, int maxCandidates) {
        for (PlannedSection section : sections) {
            view.plan(section, PlacementView.Placement.NONE);
        }
        for (PlannedSection section : sections) {
            List<Place> places = new ArrayList<>();
            List<Long> costs = new ArrayList<>();
            chooseCandidates(section, maxTimes, maxCandidates, places, costs);
            candidates.add(places);
            // chooseCandidates puts the current place first
            model.addItem(costs.stream().mapToLong(Long::longValue).toArray(), 0);
        }
        for (int i = 0; i < sections.size(); i++) {
            for (int j = i + 1; j < sections.size(); j++) {
                addPairs(i, j);
            }
        }
    }

    /** The current place first, then the cheapest clash-free places, cheapest times first. */
    private void chooseCandidates(PlannedSection section, int maxTimes, int maxCandidates, List<Place> places,
            List<Long> costs) {
        Place current = new Place(section.getTime(), section.getTime() == null ? null : section.getRoom());
        places.add(current);
        costs.add(current.time() == null ? UNPLACED : cost(section, current.time(), current.room()));
        record Scored(TimeOption time, RoomOption room, long cost) {
        }
        List<Scored> times = new ArrayList<>();
        for (TimeOption time : section.getTimeRange()) {
            if (view.clashesAt(section, time.pattern(), null).isEmpty()) {
                times.add(new Scored(time, null, cost(section, time, null)));
            }
        }
        times.sort(Comparator.comparingLong(Scored::cost));
        List<Scored> scored = new ArrayList<>();
        for (Scored time : times.subList(0, Math.min(maxTimes, times.size()))) {
            if (section.getRoomRange().isEmpty()) {
                scored.add(time);
                continue;
            }
            for (RoomOption room : section.getRoomRange()) {
                TimePattern pattern = time.time().pattern();
                if (!room.room().isUnavailableAt(pattern) && view.roomClashes(section, pattern, room.room()).isEmpty()) {
                    scored.add(new Scored(time.time(), room, cost(section, time.time(), room)));
                }
            }
        }
        scored.sort(Comparator.comparingLong(Scored::cost));
        for (Scored place : scored) {
            if (places.size() >= maxCandidates) {
                break;
            }
            Place candidate = new Place(place.time(), place.room());
            if (!candidate.equals(current)) {
                places.add(candidate);
                costs.add(place.cost());
            }
        }
    }

    /** The soft cost of a section at this time (and room, null if not yet known) against the fixed rest. */
    private long cost(PlannedSection section, TimeOption time, RoomOption room) {
        TimePattern pattern = time.pattern();
        Room here = room == null ? null : room.room();
        long cost = time.penalty() * timeWeight + (room == null ? 0 : room.penalty() * roomWeight);
        for (Teacher teacher : section.getSection().teachers()) {
            cost += teacher.undesiredPenalty(pattern) * undesiredWeight;
        }
        int self = section.getIndex();
        for (SharedAttendance shared : index.studentPartners(self)) {
            Section other = shared.first().index() == self ? shared.second() : shared.first();
            PlannedSection fixed = fixedPlaced(other);
            if (fixed != null && !DistributionType.canAttendBoth(pattern, here, fixed.pattern(), fixed.roomOrNull(),
                    shared.travel())) {
                cost += shared.students() * studentWeight;
            }
        }
        for (ConflictIndex.PairPartner partner : index.softPairs(self)) {
            PlannedSection fixed = fixedPlaced(partner.other());
            if (fixed != null && !satisfied(partner, pattern, here, fixed.pattern(), fixed.roomOrNull())) {
                cost += partner.distribution().penalty() * distributionWeight;
            }
        }
        return cost;
    }

    /** The section if it is outside the neighbourhood and has a time; null otherwise. */
    private PlannedSection fixedPlaced(Section section) {
        if (position.containsKey(section.index())) {
            return null;
        }
        PlannedSection planned = view.sections.get(section.index());
        return planned.hasTime() ? planned : null;
    }

    private boolean satisfied(ConflictIndex.PairPartner partner, TimePattern self, Room selfRoom, TimePattern other,
            Room otherRoom) {
        return partner.selfFirst()
                ? partner.distribution().pairSatisfied(self, selfRoom, other, otherRoom, view.travel())
                : partner.distribution().pairSatisfied(other, otherRoom, self, selfRoom, view.travel());
    }

    /** Costs and forbidden combinations of two sections of the neighbourhood. */
    private void addPairs(int i, int j) {
        PlannedSection a = sections.get(i);
        PlannedSection b = sections.get(j);
        int self = a.getIndex();
        int other = b.getIndex();
        List<SharedAttendance> shared = new ArrayList<>();
        for (SharedAttendance s : index.studentPartners(self)) {
            if (s.first().index() == other || s.second().index() == other) {
                shared.add(s);
            }
        }
        List<SharedAttendance> teachers = new ArrayList<>();
        for (SharedAttendance s : index.teacherPartners(self)) {
            if (s.first().index() == other || s.second().index() == other) {
                teachers.add(s);
            }
        }
        boolean curriculum = index.curriculumPartners(self).contains(b.getSection());
        List<ConflictIndex.PairPartner> required = index.requiredPairs(self).stream()
                .filter(p -> p.other().index() == other).toList();
        List<ConflictIndex.PairPartner> soft = index.softPairs(self).stream()
                .filter(p -> p.other().index() == other).toList();
        boolean mayShareRoom = !a.getRoomRange().isEmpty() && !b.getRoomRange().isEmpty();
        if (shared.isEmpty() && teachers.isEmpty() && !curriculum && required.isEmpty() && soft.isEmpty()
                && !mayShareRoom) {
            return;
        }
        List<Place> as = candidates.get(i);
        List<Place> bs = candidates.get(j);
        for (int ca = 0; ca < as.size(); ca++) {
            Place pa = as.get(ca);
            if (pa.time() == null) {
                continue;
            }
            for (int cb = 0; cb < bs.size(); cb++) {
                Place pb = bs.get(cb);
                if (pb.time() == null) {
                    continue;
                }
                TimePattern ta = pa.time().pattern();
                TimePattern tb = pb.time().pattern();
                Room ra = pa.room() == null ? null : pa.room().room();
                Room rb = pb.room() == null ? null : pb.room().room();
                boolean clash = ra != null && ra == rb && ta.overlaps(tb)
                        || curriculum && ta.overlaps(tb);
                for (SharedAttendance s : teachers) {
                    clash |= !DistributionType.canAttendBoth(ta, ra, tb, rb, s.travel());
                }
                for (ConflictIndex.PairPartner p : required) {
                    clash |= !satisfied(p, ta, ra, tb, rb);
                }
                if (clash) {
                    model.forbid(i, ca, j, cb);
                    continue;
                }
                long cost = 0;
                for (SharedAttendance s : shared) {
                    if (!DistributionType.canAttendBoth(ta, ra, tb, rb, s.travel())) {
                        cost += s.students() * studentWeight;
                    }
                }
                for (ConflictIndex.PairPartner p : soft) {
                    if (!satisfied(p, ta, ra, tb, rb)) {
                        cost += p.distribution().penalty() * distributionWeight;
                    }
                }
                model.addPairCost(i, ca, j, cb, cost);
            }
        }
    }
}
