package org.skema.io.json;

import java.util.function.Supplier;
import org.skema.io.InputException;
import org.skema.model.ModelException;

/** Makes {@link InputException}s that name the file, the line and the field of a place in the document. */
final class JsonErrors {
    private final JsonTree tree;

    JsonErrors(JsonTree tree) {
        this.tree = tree;
    }

    InputException error(JsonPath at, String detail) {
        return new InputException(tree.file(), tree.line(at), at.display(), detail);
    }

    int line(JsonPath at) {
        return tree.line(at);
    }

    /** The value of a field that must be present. */
    <T> T require(T value, JsonPath parent, String field) {
        if (value == null) {
            throw error(parent, "missing field \"" + field + "\"");
        }
        return value;
    }

    /** A non-blank id, or a clear error. */
    String requireId(String id, JsonPath parent) {
        require(id, parent, "id");
        if (id.isBlank()) {
            throw error(parent.field("id"), "must not be empty");
        }
        return id;
    }

    /** A text that refers to something by id or name: present and not blank. */
    String requireText(String value, JsonPath parent, String field) {
        require(value, parent, field);
        if (value.isBlank()) {
            throw error(parent.field(field), "must not be empty");
        }
        return value;
    }

    int nonNegative(int value, JsonPath at) {
        if (value < 0) {
            throw error(at, "must not be negative, got " + value);
        }
        return value;
    }

    /** Runs a model step; a broken model rule becomes an error at {@code at}. */
    <T> T at(JsonPath at, Supplier<T> step) {
        try {
            return step.get();
        } catch (ModelException e) {
            throw error(at, e.getMessage());
        }
    }

    void run(JsonPath at, Runnable step) {
        at(at, () -> {
            step.run();
            return null;
        });
    }
}
