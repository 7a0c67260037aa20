package org.skema.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** Prints what a reader left out of the input (such as unknown XML attributes) on stderr, one line each. */
final class ReadNotices {
    private ReadNotices() {
    }

    static Consumer<String> printTo(PrintWriter err) {
        return notice -> {
            err.println("skema: warning: " + notice);
            err.flush();
        };
    }
}
