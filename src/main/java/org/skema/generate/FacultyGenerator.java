package org.skema.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a synthetic faculty from a profile and a seed. It plants a feasible timetable first and
 * builds the rest of the problem around it: students choose electives that fit the planted week,
 * teachers' availability is derived from where their classes landed, and every time and room option
 * includes the planted one. The same profile and seed always give the same problem, because one
 * seeded {@link Random} drives every choice in a fixed order.
 */
public final class FacultyGenerator {
    private FacultyGenerator() {
    }

    public static GeneratedFaculty generate(FacultyProfile profile, long seed) {
        Random random = new Random(seed);
        TeachingGrid grid = new TeachingGrid(profile.weeks());
        Travel travel = new Travel(profile.travelSlots());
        RoomCatalog rooms = RoomCatalog.generate(profile, grid, random);
        TeacherRoster roster = TeacherRoster.generate(profile, random);
        Blueprint plan = new Blueprint(rooms.rooms(), roster.internals(), roster.externals());

        BachelorProgramme.Teaching bachelor = BachelorProgramme.generate(profile, grid, rooms, plan, random);
        MasterProgramme master = new MasterProgramme(profile, grid, rooms, plan, travel, random);
        List<TeachingUnit> electives = master.createElectives();
        Staffing.assignLecturing(roster.internals(), roster.externals(), bachelor.lectures(), electives, random);
        List<TeachingUnit> lecturing = new ArrayList<>(bachelor.lectures());
        lecturing.addAll(electives);

        // Lectures and electives first: they need the scarce big rooms, and students choose electives by their times.
        Planter planter = new Planter(rooms.rooms().size(), travel, random);
        planter.plant(sectionsOf(lecturing));
        master.chooseElectives();

        List<TeachingUnit> exercising = new ArrayList<>(bachelor.exercises());
        exercising.addAll(master.createExerciseGroups());
        Staffing.assignExercises(roster.externals(), roster.internals(), exercising, random);
        PreferredHours.choose(roster.externals(), random);
        List<SectionPlan> exercises = sectionsOf(exercising);
        PreferredHours.applyTo(exercises);
        planter.plant(exercises);
        master.seatStudents();

        Availability.derive(plan.teachers(), grid, random);
        return ProblemAssembler.assemble(profile.name(), grid, plan, profile.travelSlots());
    }

    private static List<SectionPlan> sectionsOf(List<TeachingUnit> units) {
        List<SectionPlan> sections = new ArrayList<>();
        units.forEach(unit -> sections.addAll(unit.sections));
        return sections;
    }
}
