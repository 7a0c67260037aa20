package org.skema.io;

/** An output file could not be written, or exists and may not be overwritten; the message is for the user. */
public class OutputException extends RuntimeException {
    public OutputException(String message) {
        super(message);
    }

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
