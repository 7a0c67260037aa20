package org.skema.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skema.io.AtomicFiles;
import org.skema.io.Formats;
import org.skema.io.OutputClaim;
import org.skema.replan.DiffCsv;
import org.skema.replan.TimetableDiff;

/**
 * Where a solve writes: the solution, optionally its statistics, the moved sections when
 * re-planning, and a publication folder.
 *
 * @param stats       null for none
 * @param diff        null unless re-planning
 * @param publication null for none
 */
public record SolveOutputs(Path solution, Path stats, Path diff, Publication publication, boolean force) {

    /** Fails before long work if any output could not be written. */
    public void requireUsable() {
        Formats.requireSolutionTarget(solution, force);
        if (stats != null) {
            AtomicFiles.requireWritable(stats, force);
        }
        if (diff != null) {
            AtomicFiles.requireWritable(diff, force);
        }
        if (publication != null) {
            publication.requireUsable();
        }
    }

    /** Claims every output, so that a second run writing them is refused before the search (see {@link OutputClaim}). */
    public OutputClaim claim() {
        List<Path> paths = new ArrayList<>(List.of(solution));
        for (Path path : new Path[] {stats, diff, publication == null ? null : publication.folder()}) {
            if (path != null) {
                paths.add(path);
            }
        }
        return OutputClaim.claim(paths.toArray(Path[]::new));
    }

    /** Writes the solution with {@code info}. */
    public void writeSolution(Solved solved, Map<String, Object> info) {
        Formats.writeSolution(solved.judged().solution(), info, solution, force);
    }

    /** Writes what moved since the earlier timetable; @return it, or null when not re-planning */
    public TimetableDiff writeDiff(Solved solved) {
        if (diff == null) {
            return null;
        }
        TimetableDiff moved = TimetableDiff.of(solved.judged().solution());
        DiffCsv.write(moved, solved.judged().solution().problem().calendar(), diff, force);
        return moved;
    }

    /** Publishes the timetable's views; @return what was written, empty without a publication */
    public List<Published> publish(Solved solved) {
        return publication == null ? List.of() : Publisher.publish(solved.judged(), publication);
    }
}
