package org.skema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skema.app.Replan;
import org.skema.app.Replanned;
import org.skema.model.Problem;
import org.skema.model.SectionLock;
import org.skema.model.TimeText;
import org.skema.replan.TimetableDiff;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** solve's re-planning options: start from an earlier timetable, keep what is agreed, report what moved. */
final class ReplanOptions {
    private static final int MOVES_SHOWN = 10;

    @Option(names = "--from", paramLabel = "PREVIOUS",
            description = "Re-plan from this earlier solution (of this problem, or of an older version of it: sections"
                    + " are matched by id). The solve starts from it, and moving a section away costs one unit for"
                    + " the section and one per student and teacher, times weights.disruption.")
    Path from;

    @Option(names = "--diff", paramLabel = "FILE",
            description = "With --from: where to write the moved sections as CSV (default: OUTPUT's name with -diff.csv).")
    Path diff;

    @Option(names = "--lock-section", paramLabel = "ID", split = ",",
            description = "With --from: keep these sections where the previous solution had them (repeatable).")
    List<String> sections = new ArrayList<>();

    @Option(names = "--lock-teacher", paramLabel = "ID", split = ",",
            description = "With --from: keep every section of these teachers where it was (repeatable).")
    List<String> teachers = new ArrayList<>();

    @Option(names = "--lock-course", paramLabel = "ID", split = ",",
            description = "With --from: keep every section of these courses where it was (repeatable).")
    List<String> courses = new ArrayList<>();

    @Option(names = "--lock-time", paramLabel = "ID", split = ",",
            description = "With --from: keep only the time these sections had; the room may change (repeatable).")
    List<String> timesOf = new ArrayList<>();

    @Option(names = "--lock-room", paramLabel = "ID", split = ",",
            description = "With --from: keep only the room these sections had; the time may change (repeatable).")
    List<String> roomsOf = new ArrayList<>();

    /** Checks that the options make sense together. */
    void requireUsable(CommandLine commandLine) {
        if (from == null && (diff != null || request().asksForLocks())) {
            throw new ParameterException(commandLine, "--diff and the --lock-* options need --from PREVIOUS");
        }
    }

    Path diffFile(Path target) {
        if (diff != null) {
            return diff;
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return target.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-diff.csv");
    }

    /** What the options ask for: an earlier timetable and what of it to keep. */
    Replan request() {
        return new Replan(from, sections, teachers, courses, timesOf, roomsOf);
    }

    /** The diff file when re-planning, else null. */
    Path diffOrNull(Path target) {
        return from == null ? null : diffFile(target);
    }

    /** Prints the notes on locks that keep less than asked, and what the re-plan starts from. */
    static void printReplanned(Replanned replanned, Path from, PrintWriter out, PrintWriter err) {
        if (replanned.previous() == null) {
            return;
        }
        replanned.notes().forEach(note -> err.println("skema: note: " + note));
        out.printf(Locale.ROOT, "Re-planning from %s: %d section(s) had a time, %d section(s) are new, %d are gone; "
                + "%d locked from the command line%n", from, replanned.placedBefore(), replanned.added(),
                replanned.previous().dropped().size(), replanned.commandLineLocks().size());
    }

    static void print(TimetableDiff diff, Problem problem, PrintWriter out) {
        out.printf(Locale.ROOT, "Moved %d of %d section(s) (%d student(s) and %d teacher(s) affected); %d new section(s)"
                + " placed, %d gone%n", diff.moved().size(), problem.sections().size(), diff.students().size(),
                diff.teachers().size(), diff.added().size(), diff.dropped().size());
        for (TimetableDiff.Move move : diff.moved().subList(0, Math.min(MOVES_SHOWN, diff.moved().size()))) {
            out.printf(Locale.ROOT, "  %s: %s -> %s (%d student(s), %d teacher(s))%n", move.section().id(),
                    where(move.before().time() == null ? null : TimeText.pattern(move.before().time(),
                            problem.calendar()), move.before().roomId()),
                    where(move.after().hasTime() ? TimeText.pattern(move.after().time().pattern(),
                            problem.calendar()) : null, move.after().roomOrNull() == null ? null
                            : move.after().roomOrNull().id()),
                    move.students().size(), move.teachers().size());
        }
        if (diff.moved().size() > MOVES_SHOWN) {
            out.printf(Locale.ROOT, "  ... and %d more (see the diff file)%n", diff.moved().size() - MOVES_SHOWN);
        }
    }

    private static String where(String time, String room) {
        return time == null ? "unplaced" : time + (room == null ? "" : " in " + room);
    }

    /** "3 locks (1 time, 0 room, 2 both)". */
    static String describeLocks(List<SectionLock> locks) {
        long time = locks.stream().filter(l -> l.kind().equals("time")).count();
        long room = locks.stream().filter(l -> l.kind().equals("room")).count();
        return String.format(Locale.ROOT, "%d lock(s) (%d time, %d room, %d both)", locks.size(), time, room,
                locks.size() - time - room);
    }
}
