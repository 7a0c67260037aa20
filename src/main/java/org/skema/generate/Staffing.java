package org.skema.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Who teaches what. Internal teachers take the lecture streams and most electives; practitioners
 * among the external teachers take a few electives and all but a few exercise classes. Every teacher
 * gets at least one section: when there are fewer classes than idle externals, two-meeting classes
 * are shared between two teachers (one meeting each), and only when that is not enough do teachers
 * co-teach.
 */
final class Staffing {
    /** Electives that a practitioner teaches: "taught mostly by internal teachers". */
    private static final double EXTERNAL_ELECTIVE_SHARE = 0.15;
    /** PhD fellows and assistant professors take a few exercise classes, if the externals can spare them. */
    private static final double INTERNAL_EXERCISE_SHARE = 0.05;
    /** An external teaches one to three weekly meetings. */
    private static final int EXTERNAL_SECTIONS = 3;
    private static final int INTERNAL_UNITS = 3;

    private Staffing() {
    }

    static void assignLecturing(List<TeacherPlan> internals, List<TeacherPlan> externals, List<TeachingUnit> lectures,
            List<TeachingUnit> electives, Random random) {
        List<TeachingUnit> internalJobs = new ArrayList<>(lectures);
        List<TeachingUnit> practitionerJobs = new ArrayList<>();
        for (TeachingUnit elective : electives) {
            boolean practitioner = random.nextDouble() < EXTERNAL_ELECTIVE_SHARE && practitionerJobs.size() < externals.size();
            (practitioner ? practitionerJobs : internalJobs).add(elective);
        }
        List<TeacherPlan> practitioners = shuffled(externals, random);
        for (int i = 0; i < practitionerJobs.size(); i++) {
            practitionerJobs.get(i).assign(practitioners.get(i));
        }
        List<TeachingUnit> jobs = shuffled(internalJobs, random);
        List<TeacherPlan> staff = shuffled(internals, random);
        int cap = Math.max(INTERNAL_UNITS, (jobs.size() + staff.size() - 1) / staff.size());
        deal(staff, jobs, random);
        for (int i = staff.size(); i < jobs.size(); i++) {
            jobs.get(i).assign(pick(staff, teacher -> teacher.units.size() < cap, random));
        }
    }

    static void assignExercises(List<TeacherPlan> externals, List<TeacherPlan> internals, List<TeachingUnit> units,
            Random random) {
        List<TeacherPlan> idle = shuffled(externals.stream().filter(teacher -> teacher.sections.isEmpty()).toList(),
                random);
        List<TeachingUnit> jobs = shuffled(units, random);
        int internal = (int) Math.round(jobs.size() * INTERNAL_EXERCISE_SHARE);
        while (internal-- > 0 && !jobs.isEmpty()
                && meetings(jobs) - jobs.get(jobs.size() - 1).sections.size() >= idle.size()) {
            jobs.remove(jobs.size() - 1).assign(leastBusy(internals));
        }
        for (int i = 0; i < jobs.size() && jobs.size() < idle.size(); i++) {
            if (jobs.get(i).sections.size() > 1) {
                List<TeachingUnit> parts = jobs.remove(i).split();
                jobs.addAll(i, parts);
            }
        }
        if (externals.isEmpty()) {
            jobs.forEach(job -> job.assign(leastBusy(internals)));
            return;
        }
        deal(idle, jobs, random);
        for (int i = idle.size(); i < jobs.size(); i++) {
            int size = jobs.get(i).sections.size();
            jobs.get(i).assign(pick(externals, teacher -> teacher.sections.size() + size <= EXTERNAL_SECTIONS, random));
        }
    }

    /** Jobs there would be if every two-meeting class were shared. */
    private static int meetings(List<TeachingUnit> jobs) {
        return jobs.stream().mapToInt(job -> job.sections.size()).sum();
    }

    /** One job per teacher; teachers left over co-teach a job that has a single teacher. */
    private static void deal(List<TeacherPlan> staff, List<TeachingUnit> jobs, Random random) {
        for (int i = 0; i < staff.size(); i++) {
            if (i < jobs.size()) {
                jobs.get(i).assign(staff.get(i));
            } else if (!jobs.isEmpty()) {
                List<TeachingUnit> single = jobs.stream().filter(job -> job.teachers.size() == 1).toList();
                List<TeachingUnit> from = single.isEmpty() ? jobs : single;
                from.get(random.nextInt(from.size())).assign(staff.get(i));
            }
        }
    }

    /** A random teacher that passes the test, or the least busy one when a few tries find none. */
    private static TeacherPlan pick(List<TeacherPlan> staff, Predicate<TeacherPlan> test, Random random) {
        for (int attempt = 0; attempt < 50; attempt++) {
            TeacherPlan teacher = staff.get(random.nextInt(staff.size()));
            if (test.test(teacher)) {
                return teacher;
            }
        }
        return leastBusy(staff);
    }

    private static TeacherPlan leastBusy(List<TeacherPlan> staff) {
        TeacherPlan best = staff.get(0);
        for (TeacherPlan teacher : staff) {
            if (teacher.sections.size() < best.sections.size()) {
                best = teacher;
            }
        }
        return best;
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}
