package org.skema.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.skema.generate.FacultyProfile.CampusRooms;
import org.skema.model.TimePattern;

/** The faculty's rooms on two campuses, and which of them suit a section of a given size. */
final class RoomCatalog {
    static final String VIDEO = "video";
    static final String MOVABLE_TABLES = "movable-tables";
    /** A section keeps at least this many room options; sizes and features are chosen so that it can. */
    static final int MIN_OPTIONS = 3;
    /** A catalogue of this many rooms per option raises the fewest options above {@link #MIN_OPTIONS}. */
    private static final int ROOMS_PER_MIN_OPTION = 25;
    /** Rooms more than this many times too big are left out: nobody teaches 25 students in a 450-seat hall. */
    private static final int MAX_OVERSIZE = 3;

    private final List<RoomSpec> rooms;

    private RoomCatalog(List<RoomSpec> rooms) {
        this.rooms = List.copyOf(rooms);
    }

    static RoomCatalog generate(FacultyProfile profile, TeachingGrid grid, Random random) {
        List<RoomSpec> rooms = new ArrayList<>();
        addCampus(rooms, profile.mainCampus(), 0, profile.maxGroupSize(), random);
        addCampus(rooms, profile.secondCampus(), 1, profile.maxGroupSize(), random);
        closeSome(rooms, grid, random);
        return new RoomCatalog(rooms);
    }

    List<RoomSpec> rooms() {
        return rooms;
    }

    /**
     * The rooms a section of this size may use: every room with the features and the seats, except
     * the grossly oversized ones unless fewer than {@link #MIN_OPTIONS} would remain. Oversized rooms
     * cost a little so that the solver keeps big rooms for big sections.
     */
    List<RoomChoice> choices(int students, List<String> features) {
        int size = Math.max(1, students);
        List<RoomSpec> fitting = rooms.stream().filter(r -> r.capacity() >= size && r.hasAll(features)).toList();
        if (fitting.isEmpty()) {
            throw new IllegalStateException("no room seats " + size + " students with features " + features);
        }
        List<RoomSpec> kept = fitting.stream().filter(r -> r.capacity() <= MAX_OVERSIZE * size).toList();
        // In a big catalogue, small sections that want a rare feature would all crowd into the same few rooms.
        int fewest = Math.max(MIN_OPTIONS, rooms.size() / ROOMS_PER_MIN_OPTION);
        if (kept.size() < fewest) {
            kept = fitting.stream().sorted(Comparator.comparingInt(RoomSpec::capacity).thenComparingInt(RoomSpec::index))
                    .limit(fewest).sorted(Comparator.comparingInt(RoomSpec::index)).toList();
        }
        List<RoomChoice> choices = new ArrayList<>(kept.size());
        for (RoomSpec room : kept) {
            int penalty = room.capacity() > MAX_OVERSIZE * size ? 2 : room.capacity() > 2 * size ? 1 : 0;
            choices.add(new RoomChoice(room, penalty));
        }
        return choices;
    }

    /** How many rooms seat this many students and have all the features. */
    int seating(int students, List<String> features) {
        return (int) rooms.stream().filter(r -> r.capacity() >= students && r.hasAll(features)).count();
    }

    private static void addCampus(List<RoomSpec> rooms, CampusRooms campus, int campusIndex, int groupSize,
            Random random) {
        for (int i = 0; i < campus.auditoria().size(); i++) {
            add(rooms, campus, campusIndex, RoomSpec.Kind.AUDITORIUM, "AUD" + (i + 1), "Auditorium " + (i + 1),
                    campus.auditoria().get(i), List.of(VIDEO));
        }
        for (int i = 0; i < campus.lectureRooms(); i++) {
            int seats = spread(campus.minLectureSeats(), campus.maxLectureSeats(), i, campus.lectureRooms());
            // The largest lecture room always records, so that big electives can ask for video.
            boolean video = i == campus.lectureRooms() - 1 || random.nextDouble() < 0.5;
            add(rooms, campus, campusIndex, RoomSpec.Kind.LECTURE_ROOM, String.format(Locale.ROOT, "L%02d", i + 1),
                    "Lecture room " + (i + 1), seats, video ? List.of(VIDEO) : List.of());
        }
        int movable = 0;
        for (int i = 0; i < campus.classRooms(); i++) {
            int low = Math.max(campus.minClassSeats(), Math.min(groupSize, campus.maxClassSeats()));
            // Most class rooms seat a whole class group; a few small ones suit only seminars.
            boolean small = low > campus.minClassSeats() && random.nextDouble() < 0.2;
            int seats = small ? campus.minClassSeats() + random.nextInt(low - campus.minClassSeats())
                    : low + random.nextInt(campus.maxClassSeats() - low + 1);
            // Keep two group-sized rooms with movable tables per campus, as group work needs them.
            boolean tables = random.nextDouble() < 0.35 || (!small && movable < 2);
            movable += tables && !small ? 1 : 0;
            add(rooms, campus, campusIndex, RoomSpec.Kind.CLASS_ROOM, String.format(Locale.ROOT, "C%02d", i + 1),
                    "Class room " + (i + 1), seats, tables ? List.of(MOVABLE_TABLES) : List.of());
        }
    }

    private static void add(List<RoomSpec> rooms, CampusRooms campus, int campusIndex, RoomSpec.Kind kind, String suffix,
            String name, int seats, List<String> features) {
        rooms.add(new RoomSpec(rooms.size(), campus.code() + "-" + suffix, name + ", " + campus.name(), seats, campusIndex,
                campus.name(), kind, features, List.of()));
    }

    /** Evenly spread seats, rounded to fives; a single room gets the most. */
    private static int spread(int min, int max, int i, int count) {
        double seats = count == 1 ? max : min + (max - min) * (double) i / (count - 1);
        return Math.max(min, Math.min(max, (int) Math.round(seats / 5) * 5));
    }

    /**
     * A few rooms are closed at times: Friday afternoons, Monday mornings, or the first two weeks
     * for maintenance. Auditoria stay open because the lecture streams depend on them.
     */
    private static void closeSome(List<RoomSpec> rooms, TeachingGrid grid, Random random) {
        List<Integer> candidates = new ArrayList<>();
        for (RoomSpec room : rooms) {
            if (room.kind() != RoomSpec.Kind.AUDITORIUM) {
                candidates.add(room.index());
            }
        }
        java.util.Collections.shuffle(candidates, random);
        int closed = Math.min(candidates.size(), Math.max(1, Math.round(rooms.size() * 0.06f)));
        for (int i = 0; i < closed; i++) {
            int index = candidates.get(i);
            TimePattern when = switch (i % 3) {
                case 0 -> grid.span(1 << 4, TeachingGrid.NOON, TeachingGrid.DAY_END);
                case 1 -> grid.span(1, TeachingGrid.DAY_START, TeachingGrid.NOON);
                default -> new TimePattern(0b11, grid.allDays(), TeachingGrid.DAY_START,
                        TeachingGrid.DAY_END - TeachingGrid.DAY_START);
            };
            rooms.set(index, rooms.get(index).closedAt(when));
        }
    }
}
