package org.skema.io.itc2007;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skema.io.AtomicFiles;
import org.skema.io.OutputException;
import org.skema.model.Assignment;
import org.skema.model.Section;
import org.skema.model.Solution;

/**
 * Writes an ITC 2007 solution (.sol): {@code <course> <room> <day> <period>} for every placed
 * lecture, in section order. Unplaced lectures have no line, which is how the format leaves them
 * out. The format has no room for metadata, so {@code info} is ignored.
 */
public final class Itc2007SolutionWriter {
    private Itc2007SolutionWriter() {
    }

    /** @throws OutputException if a placed section is not at an ITC 2007 period in a room, or the file cannot be written */
    public static void write(Solution solution, Map<String, Object> info, Path file, boolean force) {
        List<String> lines = lines(solution);
        AtomicFiles.write(file, force, out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.US_ASCII);
            for (String line : lines) {
                text.write(line);
                text.write('\n');
            }
            text.flush();
        });
    }

    static List<String> lines(Solution solution) {
        List<String> lines = new ArrayList<>();
        for (Assignment assignment : solution.assignments()) {
            if (!assignment.isPlaced()) {
                continue;
            }
            Section section = assignment.section();
            CttPeriods.Period period = CttPeriods.of(assignment.time().pattern());
            if (period == null || assignment.room() == null) {
                throw new OutputException("cannot write section " + section.id() + " to an ITC 2007 .sol file: "
                        + (period == null ? "its time is not an ITC 2007 period" : "it has no room")
                        + "; .sol files hold timetables of .ctt problems only");
            }
            lines.add(section.course().id() + " " + assignment.roomOrNull().id() + " " + period.day() + " "
                    + period.period());
        }
        return lines;
    }
}
