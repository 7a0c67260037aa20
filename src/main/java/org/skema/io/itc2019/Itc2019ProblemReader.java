package org.skema.io.itc2019;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.skema.io.InputException;
import org.skema.io.xml.XmlCursor;
import org.skema.model.Calendar;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.DistributionType;
import org.skema.model.ModelException;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Subpart;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/**
 * Reads an ITC 2019 problem file. Room capacity is informational in ITC 2019 (only big-enough rooms
 * are listed per class), so the hard capacity rule is off, and the four objective weights become
 * the problem's weights so that the soft score is the competition's total.
 */
public final class Itc2019ProblemReader {

    public static Problem read(Path path) {
        return read(path, notice -> { });
    }

    /** @param notices gets one line per kind of attribute the file has and Skema ignores */
    public static Problem read(Path path, Consumer<String> notices) {
        try (XmlCursor xml = XmlCursor.open(path)) {
            Problem problem = new Itc2019ProblemReader().read(xml);
            xml.unknownAttributes().forEach(notices);
            return problem;
        }
    }

    private record PendingTravel(Room room, String otherId, int slots, int line) {
    }

    /** A parent may be listed after its child, so parents are checked once every class is read. */
    private record PendingParent(String classId, String parentId, int line) {
    }

    private Problem read(XmlCursor xml) {
        xml.root("problem");
        Calendar calendar = xml.model("nrWeeks", () -> new Calendar(xml.requiredInt("nrWeeks"), xml.requiredInt("nrDays"),
                xml.requiredInt("slotsPerDay")));
        ProblemBuilder builder = new ProblemBuilder(xml.optional("name"), calendar);
        builder.weights(ObjectiveWeights.itc2019(0, 0, 0, 0));
        List<PendingTravel> travel = new ArrayList<>();
        List<PendingParent> parents = new ArrayList<>();
        while (xml.nextChild()) {
            switch (xml.name()) {
                case "optimization" -> {
                    builder.weights(xml.model("time", () -> ObjectiveWeights.itc2019(xml.optionalInt("time", 0),
                            xml.optionalInt("room", 0), xml.optionalInt("distribution", 0), xml.optionalInt("student", 0))));
                    xml.skip();
                }
                case "rooms" -> readRooms(xml, builder, travel);
                case "courses" -> readCourses(xml, builder, parents);
                case "distributions" -> readDistributions(xml, builder);
                case "students" -> readStudents(xml, builder);
                default -> throw xml.error(null, "unexpected element in <problem>");
            }
        }
        Map<String, Room> rooms = new HashMap<>();
        builder.rooms().forEach(room -> rooms.put(room.id(), room));
        for (PendingTravel pending : travel) {
            Room other = rooms.get(pending.otherId());
            if (other == null) {
                throw new InputException(xml.file(), pending.line(), "<travel room>",
                        "unknown room '" + pending.otherId() + "'");
            }
            if (other != pending.room()) {
                builder.setTravel(pending.room(), other, pending.slots());
            }
        }
        for (PendingParent pending : parents) {
            try {
                builder.section(pending.parentId());
            } catch (ModelException e) {
                throw new InputException(xml.file(), pending.line(), "<class parent>",
                        "unknown class '" + pending.parentId() + "' (parent of class " + pending.classId() + ")");
            }
        }
        return xml.model(null, builder::build);
    }

    private static void readRooms(XmlCursor xml, ProblemBuilder builder, List<PendingTravel> travel) {
        while (xml.nextChild()) {
            xml.expect("room");
            String id = xml.required("id");
            int capacity = xml.requiredInt("capacity");
            List<TimePattern> unavailable = new ArrayList<>();
            List<PendingTravel> roomTravel = new ArrayList<>();
            int line = xml.line();
            while (xml.nextChild()) {
                switch (xml.name()) {
                    case "travel" -> {
                        int slots = xml.requiredInt("value");
                        if (slots < 0) {
                            throw xml.error("value", "travel time must not be negative");
                        }
                        roomTravel.add(new PendingTravel(null, xml.required("room"), slots, xml.line()));
                    }
                    case "unavailable" -> unavailable.add(pattern(xml, builder.calendar()));
                    default -> throw xml.error(null, "unexpected element in <room>");
                }
                xml.skip();
            }
            Room room;
            try {
                room = builder.addRoom(id, null, capacity, null, Set.of(), unavailable);
            } catch (ModelException e) {
                throw new InputException(xml.file(), line, "<room id=\"" + id + "\">", e.getMessage());
            }
            roomTravel.forEach(t -> travel.add(new PendingTravel(room, t.otherId(), t.slots(), t.line())));
        }
    }

    private static TimePattern pattern(XmlCursor xml, Calendar calendar) {
        int days = Itc2019Times.days(xml, "days", calendar);
        long weeks = Itc2019Times.weeks(xml, "weeks", calendar);
        int start = xml.requiredInt("start");
        int length = xml.requiredInt("length");
        return xml.model("start", () -> new TimePattern(weeks, days, start, length));
    }

    private static void readCourses(XmlCursor xml, ProblemBuilder builder, List<PendingParent> parents) {
        while (xml.nextChild()) {
            xml.expect("course");
            Course course = xml.model("id", () -> builder.addCourse(xml.required("id"), null));
            while (xml.nextChild()) {
                xml.expect("config");
                Config config = xml.model("id", () -> builder.addConfig(course, xml.required("id")));
                while (xml.nextChild()) {
                    xml.expect("subpart");
                    Subpart subpart = xml.model("id", () -> builder.addSubpart(config, xml.required("id"), null));
                    while (xml.nextChild()) {
                        xml.expect("class");
                        readClass(xml, builder, subpart, parents);
                    }
                }
            }
        }
    }

    private static void readClass(XmlCursor xml, ProblemBuilder builder, Subpart subpart, List<PendingParent> parents) {
        String id = xml.required("id");
        int limit = xml.requiredInt("limit");
        String parent = xml.optional("parent");
        String roomAttribute = xml.optional("room");
        boolean needsRoom = roomAttribute == null || !roomAttribute.strip().equalsIgnoreCase("false");
        int line = xml.line();
        if (parent != null) {
            parents.add(new PendingParent(id, parent, line));
        }
        List<TimeOption> times = new ArrayList<>();
        List<RoomOption> rooms = new ArrayList<>();
        while (xml.nextChild()) {
            switch (xml.name()) {
                case "room" -> {
                    Room room = xml.model("id", () -> builder.room(xml.required("id")));
                    int penalty = xml.optionalInt("penalty", 0);
                    rooms.add(xml.model("penalty", () -> new RoomOption(room, penalty)));
                }
                case "time" -> {
                    TimePattern pattern = pattern(xml, builder.calendar());
                    int penalty = xml.optionalInt("penalty", 0);
                    times.add(xml.model("penalty", () -> new TimeOption(pattern, penalty)));
                }
                default -> throw xml.error(null, "unexpected element in <class>");
            }
            xml.skip();
        }
        try {
            builder.addSection(subpart, id, null, limit, parent, List.of(), needsRoom, Set.of(), times, rooms);
        } catch (ModelException e) {
            throw new InputException(xml.file(), line, "<class id=\"" + id + "\">", e.getMessage());
        }
    }

    private static void readDistributions(XmlCursor xml, ProblemBuilder builder) {
        while (xml.nextChild()) {
            xml.expect("distribution");
            int line = xml.line();
            DistributionType.Parsed type = xml.model("type", () -> DistributionType.parse(xml.required("type")));
            boolean required = "true".equalsIgnoreCase(String.valueOf(xml.optional("required")).strip());
            int penalty = required ? 0 : xml.optionalInt("penalty", 0);
            if (!required && xml.optional("penalty") == null) {
                throw xml.error("penalty", "a distribution must be required=\"true\" or have a penalty");
            }
            Set<Section> sections = new LinkedHashSet<>();
            while (xml.nextChild()) {
                xml.expect("class");
                Section section = xml.model("id", () -> builder.section(xml.required("id")));
                if (!sections.add(section)) {
                    throw xml.error("id", "class " + section.id() + " is listed twice in this distribution");
                }
                xml.skip();
            }
            if (!required && penalty == 0) {
                continue; // pu-d5-spr17 has a few: they can change neither score nor feasibility
            }
            try {
                builder.addDistribution(type.type(), type.parameters(), List.copyOf(sections), required, penalty);
            } catch (ModelException e) {
                throw new InputException(xml.file(), line, "<distribution>", e.getMessage());
            }
        }
    }

    private static void readStudents(XmlCursor xml, ProblemBuilder builder) {
        while (xml.nextChild()) {
            xml.expect("student");
            String id = xml.required("id");
            int line = xml.line();
            List<Course> courses = new ArrayList<>();
            while (xml.nextChild()) {
                xml.expect("course");
                courses.add(xml.model("id", () -> builder.course(xml.required("id"))));
                xml.skip();
            }
            try {
                builder.addStudent(id, null, courses, List.of());
            } catch (ModelException e) {
                throw new InputException(xml.file(), line, "<student id=\"" + id + "\">", e.getMessage());
            }
        }
    }
}
