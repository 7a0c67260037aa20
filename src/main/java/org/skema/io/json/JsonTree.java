package org.skema.io.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.skema.io.InputException;

/**
 * A parsed JSON document plus the line where each value starts. JSON Binding alone would lose the
 * lines; the streaming parser keeps them, so an error found later, while building the problem, can
 * still name the line. The lines are found on the first question, by parsing the text again: held
 * from the start, the index of a 140 MB university file took about 0.45 GB of the 2 GB the file
 * needed while it was read (3.7 million paths as strings; benchmarks/RESULTS.md), and files that read
 * without errors never ask.
 */
final class JsonTree {
    // The static Json.create* methods look the provider up anew on every call, which scans the class path.
    private static final JsonProvider JSON = JsonProvider.provider();

    private final String file;
    private final JsonValue root;
    private final String text;
    private Map<String, Integer> lines;

    private JsonTree(String file, JsonValue root, String text) {
        this.file = file;
        this.root = root;
        this.text = text;
    }

    /** @throws InputException on a syntax error, with line and column */
    static JsonTree parse(String text, String file) {
        JsonParser parser = JSON.createParser(new StringReader(text));
        try (parser) {
            Builder builder = new Builder(parser, file, false);
            JsonValue root = builder.root(parser.next());
            // Looking for more makes the parser read past the value, so trailing text fails here.
            if (parser.hasNext()) {
                parser.next();
            }
            return new JsonTree(file, root, text);
        } catch (JsonParsingException e) {
            throw SyntaxErrors.of(e, text, file);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // The parser reports some limits (such as nesting depth) without a location of their own.
            throw SyntaxErrors.of(e, parser.getLocation(), file);
        }
    }

    String file() {
        return file;
    }

    JsonValue root() {
        return root;
    }

    /** The line of the value at {@code key}, or of its nearest enclosing value when it is absent. */
    int line(String key) {
        if (lines == null) {
            lines = linesOf(text, file);
        }
        for (String at = key; at != null; at = JsonPath.parentKey(at)) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
        }
        return 1;
    }

    int line(JsonPath path) {
        return line(path.key());
    }

    /** The lines of the values of a text that parsed once already, so parses again. */
    private static Map<String, Integer> linesOf(String text, String file) {
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            Builder builder = new Builder(parser, file, true);
            builder.root(parser.next());
            return builder.lines;
        }
    }

    /**
     * Walks the parser's events; recursion depth is bounded by the parser's own nesting limit. A
     * line is stored only where it differs from the enclosing value's, since {@link #line} falls
     * back to the enclosing value: that keeps the index about as big as the file has lines.
     */
    private static final class Builder {
        private final JsonParser parser;
        private final String file;
        private final Map<String, Integer> lines = new HashMap<>();
        /** Whether to index the lines; off for the first parse, which only builds the tree. */
        private final boolean indexLines;

        Builder(JsonParser parser, String file, boolean indexLines) {
            this.parser = parser;
            this.file = file;
            this.indexLines = indexLines;
        }

        JsonValue root(JsonParser.Event event) {
            int line = line();
            if (indexLines) {
                lines.put("", line);
            }
            return value(event, "", line);
        }

        private JsonValue value(JsonParser.Event event, String key, int line) {
            return switch (event) {
                case START_OBJECT -> object(key, line);
                case START_ARRAY -> array(key, line);
                case VALUE_STRING -> JSON.createValue(parser.getString());
                case VALUE_NUMBER -> number(parser.getBigDecimal());
                case VALUE_TRUE -> JsonValue.TRUE;
                case VALUE_FALSE -> JsonValue.FALSE;
                case VALUE_NULL -> JsonValue.NULL;
                default -> throw new IllegalStateException("unexpected JSON event " + event);
            };
        }

        private JsonValue object(String key, int line) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            Set<String> names = new HashSet<>();
            while (parser.next() != JsonParser.Event.END_OBJECT) {
                String name = parser.getString();
                String childKey = JsonPath.fieldKey(key, name);
                int childLine = line();
                if (!names.add(name)) {
                    throw new InputException(file, childLine, childKey, "appears twice in the same object");
                }
                object.add(name, value(parser.next(), remember(childKey, childLine, line), childLine));
            }
            return object.build();
        }

        private JsonValue array(String key, int line) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            JsonParser.Event event;
            int i = 0;
            while ((event = parser.next()) != JsonParser.Event.END_ARRAY) {
                int childLine = line();
                array.add(value(event, remember(JsonPath.indexKey(key, i++), childLine, line), childLine));
            }
            return array.build();
        }

        private String remember(String key, int line, int enclosingLine) {
            if (indexLines && line != enclosingLine) {
                lines.put(key, line);
            }
            return key;
        }

        /** Whole numbers are kept as longs so that later binding sees "100" rather than "1E+2". */
        private static JsonValue number(BigDecimal value) {
            BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
            if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) {
                return JSON.createValue(stripped.longValueExact());
            }
            return JSON.createValue(value);
        }

        private int line() {
            return (int) parser.getLocation().getLineNumber();
        }
    }
}
