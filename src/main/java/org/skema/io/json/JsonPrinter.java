package org.skema.io.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Pretty-prints JSON compactly: an object or list that fits on one line stays on one line, so a
 * time or a room option takes one line instead of seven, and big files stay readable.
 */
final class JsonPrinter {
    private static final int WIDTH = 110;
    private static final int INDENT = 2;

    private final Appendable out;

    private JsonPrinter(Appendable out) {
        this.out = out;
    }

    static void print(JsonValue value, Appendable out) throws IOException {
        new JsonPrinter(out).value(value, 0, 0, true);
        out.append('\n');
    }

    /**
     * @param used   characters already on the line before this value
     * @param expand whether a container must be spread over lines even if it would fit on one
     */
    private void value(JsonValue value, int indent, int used, boolean expand) throws IOException {
        boolean top = indent == 0;
        boolean container = value instanceof JsonObject || value instanceof JsonArray;
        if (!container) {
            out.append(flat(value));
            return;
        }
        if (!expand) {
            String flat = flatWithin(value, WIDTH - used);
            if (flat != null) {
                out.append(flat);
                return;
            }
        }
        if (value instanceof JsonObject object) {
            if (object.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            Iterator<Map.Entry<String, JsonValue>> members = object.entrySet().iterator();
            while (members.hasNext()) {
                Map.Entry<String, JsonValue> member = members.next();
                String key = quote(member.getKey()) + ": ";
                indent(indent + INDENT).append(key);
                // Top-level lists get one element per line even when short, so that all files look alike.
                boolean spread = top && member.getValue() instanceof JsonArray;
                value(member.getValue(), indent + INDENT, indent + INDENT + key.length(), spread);
                out.append(members.hasNext() ? ",\n" : "\n");
            }
            indent(indent).append('}');
        } else {
            JsonArray array = value.asJsonArray();
            if (array.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < array.size(); i++) {
                indent(indent + INDENT);
                value(array.get(i), indent + INDENT, indent + INDENT, false);
                out.append(i + 1 < array.size() ? ",\n" : "\n");
            }
            indent(indent).append(']');
        }
    }

    private Appendable indent(int spaces) throws IOException {
        for (int i = 0; i < spaces; i++) {
            out.append(' ');
        }
        return out;
    }

    private static String flat(JsonValue value) {
        return flatWithin(value, Integer.MAX_VALUE);
    }

    /** The value on one line, or null when that is longer than {@code limit}: big values stop early. */
    private static String flatWithin(JsonValue value, int limit) {
        StringBuilder text = new StringBuilder();
        return flat(value, text, limit) ? text.toString() : null;
    }

    private static boolean flat(JsonValue value, StringBuilder text, int limit) {
        if (text.length() > limit) {
            return false;
        }
        if (value instanceof JsonObject object) {
            text.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                text.append(first ? "" : ", ").append(quote(member.getKey())).append(": ");
                if (!flat(member.getValue(), text, limit)) {
                    return false;
                }
                first = false;
            }
            text.append('}');
        } else if (value instanceof JsonArray array) {
            text.append('[');
            for (int i = 0; i < array.size(); i++) {
                text.append(i == 0 ? "" : ", ");
                if (!flat(array.get(i), text, limit)) {
                    return false;
                }
            }
            text.append(']');
        } else if (value instanceof JsonString string) {
            text.append(quote(string.getString()));
        } else {
            text.append(value);
        }
        return text.length() <= limit;
    }

    static String quote(String s) {
        StringBuilder text = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }
}
