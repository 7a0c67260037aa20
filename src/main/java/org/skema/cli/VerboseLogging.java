package org.skema.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Turns Timefold's own INFO log (phases, move evaluation speed) on for --verbose. */
final class VerboseLogging {
    private VerboseLogging() {
    }

    static void enable() {
        if (LoggerFactory.getLogger("ai.timefold") instanceof Logger logger) {
            logger.setLevel(Level.INFO);
        }
    }
}
