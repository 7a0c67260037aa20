package org.skema.io.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON tree against the record types it will be bound to, before binding, so that a
 * wrong type or a misspelt field is reported with its path and line rather than as a binding
 * library's stack trace. The records use only String, Integer, Boolean, List, Map, Object (any
 * value) and other records; null stands for an absent field.
 */
final class ShapeCheck {
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> record) {
            Map<String, RecordComponent> byName = new LinkedHashMap<>();
            for (RecordComponent component : record.getRecordComponents()) {
                byName.put(component.getName(), component);
            }
            return byName;
        }
    };

    private final JsonErrors errors;

    ShapeCheck(JsonErrors errors) {
        this.errors = errors;
    }

    void check(JsonValue value, Type type, JsonPath at) {
        check(value, type, at, true);
    }

    private void check(JsonValue value, Type type, JsonPath at, boolean nullable) {
        if (type == Object.class) {
            return;
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (!nullable) {
                throw errors.error(at, "must not be null");
            }
            return;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            expect(value, JsonValue.ValueType.STRING, "a string", at);
        } else if (raw == Integer.class) {
            checkInteger(value, at);
        } else if (raw == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                throw errors.error(at, "expected true or false, got " + describe(value));
            }
        } else if (raw == List.class) {
            expect(value, JsonValue.ValueType.ARRAY, "a list [...]", at);
            Type element = argument(type, 0);
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, at.index(i, idOf(array.get(i))), false);
            }
        } else if (raw == Map.class) {
            expect(value, JsonValue.ValueType.OBJECT, "an object {...}", at);
            Type valueType = argument(type, 1);
            value.asJsonObject().forEach((name, member) -> check(member, valueType, at.field(name), false));
        } else if (raw.isRecord()) {
            checkRecord(value, raw, at);
        } else {
            throw new IllegalStateException("no shape check for " + type);
        }
    }

    private void checkRecord(JsonValue value, Class<?> record, JsonPath at) {
        expect(value, JsonValue.ValueType.OBJECT, "an object {...}", at);
        Map<String, RecordComponent> components = COMPONENTS.get(record);
        for (Map.Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
            RecordComponent component = components.get(member.getKey());
            if (component == null) {
                throw errors.error(at.field(member.getKey()), "unknown field (expected one of: "
                        + String.join(", ", components.keySet()) + ")");
            }
            check(member.getValue(), component.getGenericType(), at.field(member.getKey()), true);
        }
    }

    private void checkInteger(JsonValue value, JsonPath at) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            BigDecimal decimal = number.bigDecimalValue();
            if (decimal.compareTo(INT_MIN) >= 0 && decimal.compareTo(INT_MAX) <= 0) {
                return;
            }
            throw errors.error(at, "must be between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ", got " + number);
        }
        throw errors.error(at, "expected a whole number, got " + describe(value));
    }

    private void expect(JsonValue value, JsonValue.ValueType type, String what, JsonPath at) {
        if (value.getValueType() != type) {
            throw errors.error(at, "expected " + what + ", got " + describe(value));
        }
    }

    /** The id of a list element, so that errors inside it can name it. */
    private static String idOf(JsonValue element) {
        if (element instanceof JsonObject object && object.get("id") instanceof JsonString id) {
            return id.getString();
        }
        return null;
    }

    static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> {
                String text = ((JsonString) value).getString();
                yield "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
            }
            case NUMBER -> "the number " + value;
            case TRUE, FALSE, NULL -> value.toString();
            case ARRAY -> "a list";
            case OBJECT -> "an object";
        };
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("no shape check for " + type);
    }

    private static Type argument(Type type, int i) {
        return ((ParameterizedType) type).getActualTypeArguments()[i];
    }
}
