package org.skema.io.itc2019;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.Problem;
import org.skema.model.Subpart;

/**
 * The ids a problem gets in an ITC 2019 file. ITC 2019 ids are whole numbers, unique in the file
 * per kind of element (configs and subparts included), and other solvers parse them as numbers. A
 * kind whose ids already are distinct numbers keeps them, so ITC 2019 files convert back unchanged;
 * any other kind is numbered 1, 2, ... in problem order.
 */
final class Itc2019Ids {
    private static final int MAX_DIGITS = 18; // fits a long, as other solvers read it

    private final Map<Object, String> ids = new IdentityHashMap<>();
    private final List<String> renumbered = new ArrayList<>();

    static Itc2019Ids of(Problem problem) {
        Itc2019Ids ids = new Itc2019Ids();
        List<Config> configs = problem.courses().stream().flatMap(course -> course.configs().stream()).toList();
        ids.add("rooms", problem.rooms(), room -> room.id());
        ids.add("courses", problem.courses(), Course::id);
        ids.add("configs", configs, Config::id);
        ids.add("subparts", configs.stream().flatMap(config -> config.subparts().stream()).toList(), Subpart::id);
        ids.add("sections", problem.sections(), section -> section.id());
        ids.add("students", problem.students(), student -> student.id());
        return ids;
    }

    private <T> void add(String kind, List<T> things, Function<T, String> id) {
        List<String> given = things.stream().map(id).toList();
        boolean keep = given.stream().allMatch(Itc2019Ids::isNumber) && given.stream().distinct().count() == given.size();
        for (int i = 0; i < things.size(); i++) {
            ids.put(things.get(i), keep ? given.get(i) : String.valueOf(i + 1));
        }
        if (!keep) {
            renumbered.add(kind);
        }
    }

    private static boolean isNumber(String id) {
        return !id.isEmpty() && id.length() <= MAX_DIGITS && id.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The file id of a room, course, config, subpart, section or student of the problem. */
    String of(Object thing) {
        return ids.get(thing);
    }

    /** The kinds numbered anew, such as "rooms"; empty when every id is kept. */
    List<String> renumbered() {
        return renumbered;
    }
}
