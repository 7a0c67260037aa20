package org.skema.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything Skema prints goes through here, so that names from an input file can never control
 * the user's terminal: escape sequences (ESC), the bell, and other control characters come out as
 * visible text, like {@code \u001b}. Line ends and tabs pass, and so does the carriage return with
 * which progress rewrites its line. The notation is JSON's, so `check --json` output stays valid
 * and means the same.
 */
final class ControlEscapingWriter extends FilterWriter {
    ControlEscapingWriter(Writer out) {
        super(out);
    }

    /** The text as it is printed. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            append(text.charAt(i), escaped);
        }
        return escaped.toString();
    }

    @Override
    public void write(int c) throws IOException {
        if (passes((char) c)) {
            out.write(c);
        } else {
            out.write(escape(String.valueOf((char) c)));
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        String part = text.substring(offset, offset + length);
        out.write(part.chars().allMatch(c -> passes((char) c)) ? part : escape(part));
    }

    private static void append(char c, StringBuilder to) {
        if (passes(c)) {
            to.append(c);
        } else {
            to.append(String.format("\\u%04x", (int) c));
        }
    }

    /** C0 controls but tab, line feed and carriage return; DEL; C1 controls (0x9b starts a sequence too). */
    private static boolean passes(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7f) || c > 0x9f;
    }
}
