package org.skema.io.json;

import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skema.io.InputException;

/**
 * Turns the JSON parser's messages ("Invalid token=STRING at (line no=3, ...). Expected tokens are:
 * [COMMA, CURLYCLOSE]") into plain words, with line and column.
 */
final class SyntaxErrors {
    private static final Pattern INVALID_TOKEN = Pattern.compile("Invalid token=(\\w+) at .*Expected tokens are: \\[(.*)]");
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected char (-?\\d+) at \\(.*?\\)(?:, expecting '(.)')?");
    private static final Pattern TRAILING = Pattern.compile("Expected EOF token, but got (\\w+)");
    private static final Pattern LOCATION = Pattern.compile("\\s*at \\(line no=.*?\\)");
    private static final List<String> ANY_VALUE = List.of("CURLYOPEN", "SQUAREOPEN", "STRING", "NUMBER", "TRUE", "FALSE",
            "NULL");
    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("CURLYOPEN", "'{'"), Map.entry("CURLYCLOSE", "'}'"), Map.entry("SQUAREOPEN", "'['"),
            Map.entry("SQUARECLOSE", "']'"), Map.entry("COLON", "':'"), Map.entry("COMMA", "','"),
            Map.entry("STRING", "a string"), Map.entry("NUMBER", "a number"), Map.entry("TRUE", "true"),
            Map.entry("FALSE", "false"), Map.entry("NULL", "null"), Map.entry("EOF", "the end of the file"));

    private SyntaxErrors() {
    }

    static InputException of(JsonParsingException e, String text, String file) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        var location = e.getLocation();
        int line = location == null ? 0 : (int) location.getLineNumber();
        int column = location == null ? 0 : (int) location.getColumnNumber();
        boolean atEnd = message.startsWith("Invalid token=EOF") || message.startsWith("Unexpected char -1");
        if (atEnd || line <= 0) {
            // The parser reports no usable place once the text has run out; the end of the text is the place.
            String[] textLines = text.split("\n", -1);
            line = textLines.length;
            column = textLines[textLines.length - 1].length() + 1;
        } else {
            column -= tokenLength(message, text, (int) location.getStreamOffset()) - 1;
        }
        return new InputException(file, line, column, null, "JSON syntax error: " + describe(message), e);
    }

    static InputException of(RuntimeException e, JsonLocation location, String file) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new InputException(file, location == null ? 0 : (int) location.getLineNumber(),
                location == null ? 0 : (int) location.getColumnNumber(), null, "JSON syntax error: " + describe(message), e);
    }

    /**
     * The parser places an unexpected token at its last character; people look for its first, so
     * this measures how far back that is. Tokens never span lines.
     */
    private static int tokenLength(String message, String text, int last) {
        Matcher invalid = INVALID_TOKEN.matcher(message);
        Matcher trailing = TRAILING.matcher(message);
        String token = invalid.find() ? invalid.group(1) : trailing.find() ? trailing.group(1) : "";
        if (last < 0 || last >= text.length()) {
            return 1;
        }
        int first = last;
        switch (token) {
            case "STRING" -> {
                first--;
                while (first > 0 && !(text.charAt(first) == '"' && backslashesBefore(text, first) % 2 == 0)) {
                    first--;
                }
            }
            case "NUMBER" -> {
                while (first > 0 && "0123456789+-.eE".indexOf(text.charAt(first - 1)) >= 0) {
                    first--;
                }
            }
            case "TRUE", "NULL" -> first -= 3;
            case "FALSE" -> first -= 4;
            default -> {
                return 1;
            }
        }
        return Math.max(1, last - Math.max(first, 0) + 1);
    }

    private static int backslashesBefore(String text, int at) {
        int count = 0;
        while (at - count - 1 >= 0 && text.charAt(at - count - 1) == '\\') {
            count++;
        }
        return count;
    }

    private static String describe(String message) {
        Matcher invalid = INVALID_TOKEN.matcher(message);
        if (invalid.find()) {
            String found = invalid.group(1);
            List<String> expected = Arrays.stream(invalid.group(2).split(",")).map(String::strip).toList();
            String wanted = expected.containsAll(ANY_VALUE) ? "a value"
                    : String.join(" or ", expected.stream().map(t -> TOKENS.getOrDefault(t, t)).toList());
            String hint = found.equals("STRING") && expected.contains("COMMA") ? " (a comma missing before it?)"
                    : found.equals("SQUARECLOSE") || found.equals("CURLYCLOSE") ? " (a comma too many before it?)" : "";
            return "found " + TOKENS.getOrDefault(found, found) + " where " + wanted + " was expected" + hint;
        }
        Matcher unexpected = UNEXPECTED_CHAR.matcher(message);
        if (unexpected.find()) {
            int c = Integer.parseInt(unexpected.group(1));
            String expecting = unexpected.group(2);
            return character(c) + (expecting == null ? "" : " (expected '" + expecting
                    + "'; true, false and null are written in lower case)");
        }
        Matcher trailing = TRAILING.matcher(message);
        if (trailing.find()) {
            return "found " + TOKENS.getOrDefault(trailing.group(1), trailing.group(1))
                    + " after the end of the document (only one top-level object is allowed)";
        }
        if (message.startsWith("Input is too deeply nested")) {
            return "lists and objects are nested too deeply (more than " + message.replaceAll("\\D", "") + " levels)";
        }
        return LOCATION.matcher(message).replaceAll("");
    }

    private static String character(int c) {
        if (c < 0) {
            return "the file ends too early (an unclosed string, object or list?)";
        }
        if (c == '\n' || c == '\r') {
            return "line break inside a string (an unclosed string? write a line break in a string as \\n)";
        }
        if (c < 0x20) {
            return String.format("control character U+%04X inside a string (write it as \\u%04X)", c, c);
        }
        if (c == '\'') {
            return "unexpected character ' (JSON strings and field names need double quotes)";
        }
        return "unexpected character '" + new String(Character.toChars(c)) + "'";
    }
}
