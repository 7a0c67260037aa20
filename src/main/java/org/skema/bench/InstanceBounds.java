package org.skema.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.skema.bound.LowerBound;
import org.skema.bound.LowerBounds;
import org.skema.io.Formats;

/** The proven lower bound of each instance of a suite, for the summary's bound column ({@code bench --bound}). */
public final class InstanceBounds {
    private InstanceBounds() {
    }

    /** Each instance bounded in this JVM with one CP-SAT worker within {@code limit}. */
    public static Map<String, LowerBound> of(Suite suite, Path sharedRoot, Path projectRoot, Duration limit,
            PrintWriter log) {
        Map<String, LowerBound> bounds = new LinkedHashMap<>();
        for (Suite.Entry entry : suite.entries()) {
            if (bounds.containsKey(entry.instance())) {
                continue;
            }
            LowerBound bound = LowerBounds.of(Formats.readProblem(suite.problemPath(entry, sharedRoot, projectRoot)),
                    limit, 1);
            log.printf(Locale.ROOT, "%s: lower bound %s (%.1f s)%n", entry.instance(),
                    bound.feasible() ? String.format(Locale.ROOT, "%,d", bound.value()) : "infeasible", bound.seconds());
            log.flush();
            bounds.put(entry.instance(), bound);
        }
        return bounds;
    }
}
