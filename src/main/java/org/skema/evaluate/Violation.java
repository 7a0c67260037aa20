package org.skema.evaluate;

import java.util.List;
import org.skema.model.Room;
import org.skema.model.Rule;
import org.skema.model.Section;

/**
 * One broken rule: which rule, its penalty in the rule's own units (before the objective weight),
 * what is involved, and a sentence for people.
 *
 * @param people ids of the teachers and students involved
 */
public record Violation(Rule rule, long units, List<Section> sections, List<String> people, List<Room> rooms,
        String message) {

    public Violation {
        sections = List.copyOf(sections);
        people = List.copyOf(people);
        rooms = List.copyOf(rooms);
    }
}
