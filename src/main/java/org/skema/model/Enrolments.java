package org.skema.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** The sections each student attends, by student index: a set per student, held in section order. */
public final class Enrolments implements Iterable<List<Section>> {
    private final List<List<Section>> byStudent;

    /** Takes lists that are already unmodifiable, distinct and in section order. */
    private Enrolments(List<List<Section>> byStudent) {
        this.byStudent = byStudent;
    }

    /**
     * One list per student, in student order. Every rule reads a student's sections as a set, so a
     * section listed twice is kept once, and section order makes equal sets equal lists.
     */
    public static Enrolments of(List<? extends Collection<Section>> byStudent) {
        return new Enrolments(byStudent.stream().map(Enrolments::normalised).toList());
    }

    /** Nobody attends anything: for a problem whose students are not sectioned (ITC 2007 has none at all). */
    public static Enrolments none(Problem problem) {
        return new Enrolments(Collections.nCopies(problem.students().size(), List.of()));
    }

    private static List<Section> normalised(Collection<Section> sections) {
        return sections.stream().distinct().sorted(Comparator.comparingInt(Section::index)).toList();
    }

    /** The student's sections, in section order. */
    public List<Section> of(Student student) {
        return get(student.index());
    }

    public List<Section> get(int studentIndex) {
        return byStudent.get(studentIndex);
    }

    /** The number of students. */
    public int size() {
        return byStudent.size();
    }

    public Stream<List<Section>> stream() {
        return byStudent.stream();
    }

    @Override
    public Iterator<List<Section>> iterator() {
        return byStudent.iterator();
    }

    /** The student's sections of one course, in section order. */
    public List<Section> sectionsOf(Student student, Course course) {
        return of(student).stream().filter(section -> section.course() == course).toList();
    }

    /**
     * The config of the student's sections of the course, or null when they have none. Sections
     * of several configs break the structure rule; the config holding most of them (the first on
     * a tie) is taken as theirs, so that the others count as the strays.
     */
    public Config configOf(Student student, Course course) {
        List<Section> taken = sectionsOf(student, course);
        if (taken.isEmpty()) {
            return null;
        }
        return course.configs().stream()
                .max(Comparator.comparingLong((Config c) -> taken.stream().filter(s -> s.subpart().config() == c).count())
                        .thenComparing(c -> -course.configs().indexOf(c)))
                .orElseThrow();
    }

    /** How many students attend each section, by section index. */
    public int[] counts(Problem problem) {
        int[] counts = new int[problem.sections().size()];
        for (List<Section> sections : byStudent) {
            sections.forEach(section -> counts[section.index()]++);
        }
        return counts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Enrolments that && byStudent.equals(that.byStudent);
    }

    @Override
    public int hashCode() {
        return byStudent.hashCode();
    }

    @Override
    public String toString() {
        return "Enrolments" + byStudent;
    }
}
