package org.skema.export;

import org.skema.io.NameFit;

/**
 * Folds iCalendar content lines as RFC 5545 (3.1) asks: no line longer than 75 octets, counted in
 * UTF-8, a continuation line starting with one space, and never inside a character (iCal4j counts
 * characters, so names with accents gave lines of up to 157 bytes).
 */
final class IcsFolding {
    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private IcsFolding() {
    }

    /** The text with every CRLF-ended line folded; the text must be unfolded. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length() + text.length() / 32);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(CRLF, start);
            int lineEnd = end < 0 ? text.length() : end;
            foldLine(text.substring(start, lineEnd), folded);
            if (end >= 0) {
                folded.append(CRLF);
            }
            start = end < 0 ? text.length() : end + CRLF.length();
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        String rest = line;
        int room = MAX_OCTETS;
        while (true) {
            String piece = NameFit.prefix(rest, room);
            out.append(piece);
            rest = rest.substring(piece.length());
            if (rest.isEmpty()) {
                return;
            }
            out.append(CRLF).append(' ');
            room = MAX_OCTETS - 1;
        }
    }
}
