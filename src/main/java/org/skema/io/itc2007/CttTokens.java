package org.skema.io.itc2007;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.skema.io.InputException;
import org.skema.io.IoReasons;

/**
 * The whitespace-separated tokens of a text file with their line numbers. The official ITC 2007
 * tools read tokens, not lines, and files in circulation mix tabs, blank lines, trailing spaces
 * and CRLF line ends, so this is how the readers see a file.
 */
final class CttTokens {
    private final String file;
    private final String text;
    private int position;
    private int line = 1;
    private int tokenLine = 1;

    private CttTokens(String file, String text) {
        this.file = file;
        this.text = text;
    }

    static CttTokens open(Path path) {
        if (Files.isDirectory(path)) {
            throw new InputException(path.toString(), 0, null, "is a folder, not a file");
        }
        try {
            // Latin-1 maps every byte to a character, so no file fails to decode; ids are ASCII anyway.
            return new CttTokens(path.toString(), Files.readString(path, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new InputException(path.toString(), 0, null, "cannot read: " + IoReasons.of(e));
        }
    }

    String file() {
        return file;
    }

    /** Line of the token returned last. */
    int line() {
        return tokenLine;
    }

    /** The next token, or null at the end of the file. */
    String nextOrNull() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            if (text.charAt(position) == '\n') {
                line++;
            }
            position++;
        }
        if (position == text.length()) {
            tokenLine = line;
            return null;
        }
        int start = position;
        while (position < text.length() && !Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        tokenLine = line;
        return text.substring(start, position);
    }

    /** The next token; {@code what} names what was expected, for the error at the end of the file. */
    String next(String field, String what) {
        String token = nextOrNull();
        if (token == null) {
            throw error(field, "the file ends where " + what + " should follow");
        }
        return token;
    }

    /** The next token, which must be exactly {@code literal}. */
    void expect(String field, String literal) {
        String token = next(field, "\"" + literal + "\"");
        if (!token.equals(literal)) {
            throw error(field, "expected \"" + literal + "\", got \"" + shorten(token) + "\"");
        }
    }

    /** The next token as a whole number from {@code min} to {@code max}. */
    int nextInt(String field, String what, int min, int max) {
        String token = next(field, what);
        int value;
        try {
            value = Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw error(field, what + " must be a whole number, got \"" + shorten(token) + "\"");
        }
        if (value < min || value > max) {
            throw error(field, what + " must be " + (max == Integer.MAX_VALUE ? "at least " + min
                    : "from " + min + " to " + max) + ", got " + value);
        }
        return value;
    }

    /** An error at the line of the token returned last. */
    InputException error(String field, String detail) {
        return new InputException(file, tokenLine, field, detail);
    }

    static String shorten(String token) {
        return token.length() > 40 ? token.substring(0, 40) + "..." : token;
    }
}
