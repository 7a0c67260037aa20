package org.skema.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns running out of Java heap, in any thread, into one line and exit code 3 instead of a stack
 * trace and exit code 1 (which would read as "infeasible"). Files are written to a temporary file
 * first, so an output that existed before is still there, untouched.
 */
public final class OutOfMemory {
    /** The line starts with this; {@code bench} looks for it in a run's log. */
    public static final String PREFIX = "skema: out of memory";
    /**
     * Held until the heap runs out and then let go, so that the message can still be built: after
     * an OutOfMemoryError even a string concatenation may fail again.
     */
    private static volatile byte[] reserve = new byte[256 * 1024];
    /**
     * Built at start-up: after the heap ran out, even building the line could fail again (seen: a
     * handler that formatted its message threw OutOfMemoryError itself, and the solve hung).
     */
    private static final String MESSAGE = message(Runtime.getRuntime().maxMemory());
    private static final byte[] MESSAGE_BYTES = (MESSAGE + System.lineSeparator()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final AtomicBoolean REPORTED = new AtomicBoolean();
    private static final java.io.FileOutputStream RAW_ERR = new java.io.FileOutputStream(java.io.FileDescriptor.err);
    private static final java.util.concurrent.CountDownLatch PRINTED = new java.util.concurrent.CountDownLatch(1);

    private OutOfMemory() {
    }

    /**
     * For threads other than the main thread (solver workers whose error reaches it through their
     * future are not among them): prints the line and halts with exit code 3 at once. Waiting is no
     * use: a thread pool's thread that dies this way never completes its task, so the main thread
     * would wait for it forever, and so would System.exit's shutdown hooks for the main thread.
     * Only the main thread writes files, through a temporary file, so halting loses no output.
     */
    static void handleInEveryThread(PrintWriter err) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (!causedBy(error)) {
                if (previous != null) {
                    previous.uncaughtException(thread, error);
                } else {
                    thread.getThreadGroup().uncaughtException(thread, error);
                }
                return;
            }
            try {
                report(err);
            } finally {
                Runtime.getRuntime().halt(ExitCode.INTERNAL_ERROR);
            }
        });
    }

    /** Whether the heap ran out somewhere behind this error (libraries may wrap it). */
    static boolean causedBy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** Prints the one line (once per process, however many threads ran out) and returns exit code 3. */
    static int report(PrintWriter err) {
        reserve = null;
        if (REPORTED.compareAndSet(false, true)) {
            try {
                err.println(MESSAGE);
                err.flush();
            } catch (Throwable printing) {
                // The writer needed memory too: the bytes made at start-up go straight to stderr.
                try {
                    RAW_ERR.write(MESSAGE_BYTES);
                    RAW_ERR.flush();
                } catch (Throwable ignored) {
                    // nothing more can be said
                }
            } finally {
                PRINTED.countDown();
            }
        } else {
            // Another thread is printing it: halting now would end the process before the line is out.
            try {
                PRINTED.await(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ExitCode.INTERNAL_ERROR;
    }

    static String message(long heapBytes) {
        long suggestedGb = Math.max(1, (2 * heapBytes + (1L << 30) - 1) >> 30);
        return String.format(Locale.ROOT, "%s: the Java heap of %,d MB was not enough; give it more, for example"
                + " SKEMA_JAVA_OPTS=-Xmx%dg bin/skema ... (or java -Xmx%dg -jar skema.jar ...)", PREFIX,
                heapBytes >> 20, suggestedGb, suggestedGb);
    }
}
