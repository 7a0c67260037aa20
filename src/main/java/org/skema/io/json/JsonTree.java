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
 * still name the line.
 */
final class JsonTree {
    // The static Json.create* methods look the provider up anew on every call, which scans the class path.
    private static final JsonProvider JSON = JsonProvider.provider();

    private final String file;
    private final JsonValue root;
    private final Map<String, Integer> lines;

    private JsonTree(String file, JsonValue root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    /** @throws InputException on a syntax error, with line and column */
    static JsonTree parse(String text, String file) {
        JsonParser parser = JSON.createParser(new StringReader(text));
        try (parser) {
            Builder builder = new Builder(parser, file);
            JsonValue root = builder.root(parser.next());
            // Looking for more makes the parser read past the value, so trailing text fails here.
            if (parser.hasNext()) {
                parser.next();
            }
            return new JsonTree(file, root, builder.lines);
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

    /**
     * Walks the parser's events; recursion depth is bounded by the parser's own nesting limit. A
     * line is stored only where it differs from the enclosing value's, since {@link #line} falls
     * back to the enclosing value: that keeps the index about as big as the file has lines.
     */
    private static final class Builder {
        private final JsonParser parser;
        private final String file;
        private final Map<String, Integer> lines = new HashMap<>();

        Builder(JsonParser parser, String file) {
            this.parser = parser;
            this.file = file;
        }

        JsonValue root(JsonParser.Event event) {
            int line = line();
            lines.put("", line);
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
            if (line != enclosingLine) {
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
