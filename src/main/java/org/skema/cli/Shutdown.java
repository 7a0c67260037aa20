package org.skema.cli;

/**
 * Knows whether the JVM is shutting down (Ctrl-C). Then {@code System.exit} must not be called:
 * it would block forever waiting for the shutdown hook that is waiting for us.
 */
final class Shutdown {
    private static volatile boolean inProgress;

    private Shutdown() {
    }

    static boolean inProgress() {
        return inProgress;
    }

    static void markInProgress() {
        inProgress = true;
    }
}
