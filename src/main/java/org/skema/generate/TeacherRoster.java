package org.skema.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.skema.model.Teacher;

/** The teachers, with invented Danish names: internal staff I001... and external teachers E001... */
final class TeacherRoster {
    private static final List<String> FIRST = List.of("Anne", "Mette", "Hanne", "Susanne", "Lene", "Maria", "Camilla",
            "Louise", "Sofie", "Ida", "Karen", "Birgitte", "Line", "Julie", "Cecilie", "Peter", "Jens", "Lars", "Henrik",
            "Søren", "Niels", "Michael", "Thomas", "Morten", "Rasmus", "Jakob", "Mads", "Anders", "Kasper", "Frederik",
            "Mikkel", "Christian");
    private static final List<String> LAST = List.of("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen",
            "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
            "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Lauridsen",
            "Holm", "Schmidt", "Kjær", "Dahl", "Bech", "Lund", "Frandsen", "Holst", "Vestergaard");

    private final List<TeacherPlan> internals;
    private final List<TeacherPlan> externals;

    private TeacherRoster(List<TeacherPlan> internals, List<TeacherPlan> externals) {
        this.internals = internals;
        this.externals = externals;
    }

    static TeacherRoster generate(FacultyProfile profile, Random random) {
        List<String> names = new ArrayList<>(FIRST.size() * LAST.size());
        for (String first : FIRST) {
            for (String last : LAST) {
                names.add(first + " " + last);
            }
        }
        Collections.shuffle(names, random);
        List<TeacherPlan> internals = new ArrayList<>(profile.internalTeachers());
        List<TeacherPlan> externals = new ArrayList<>(profile.externalTeachers());
        for (int i = 0; i < profile.internalTeachers(); i++) {
            internals.add(new TeacherPlan(String.format(Locale.ROOT, "I%03d", i + 1), name(names, i), Teacher.Kind.INTERNAL));
        }
        for (int i = 0; i < profile.externalTeachers(); i++) {
            int n = profile.internalTeachers() + i;
            externals.add(new TeacherPlan(String.format(Locale.ROOT, "E%03d", i + 1), name(names, n), Teacher.Kind.EXTERNAL));
        }
        return new TeacherRoster(List.copyOf(internals), List.copyOf(externals));
    }

    /** Unique names while they last, then numbered ones. */
    private static String name(List<String> names, int n) {
        return n < names.size() ? names.get(n) : names.get(n % names.size()) + " " + (n / names.size() + 1);
    }

    List<TeacherPlan> internals() {
        return internals;
    }

    List<TeacherPlan> externals() {
        return externals;
    }
}
