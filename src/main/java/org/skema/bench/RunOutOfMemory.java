package org.skema.bench;

/**
 * A solver run ran out of heap. Not bad input and not a bug, but a machine limit: the CLI prints the
 * message as it is and exits with 3, as a solve that runs out of memory does.
 */
public final class RunOutOfMemory extends RuntimeException {
    public RunOutOfMemory(String message) {
        super(message);
    }
}
