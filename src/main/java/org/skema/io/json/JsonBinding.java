package org.skema.io.json;

import jakarta.json.JsonValue;
import jakarta.json.JsonStructure;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import org.eclipse.yasson.YassonJsonb;
import org.skema.io.InputException;

/** Maps the record types of {@code org.skema.io.json.dto} to and from JSON with JSON Binding. */
final class JsonBinding {
    // Creating a Jsonb instance scans classes and is slow; one instance is thread-safe and serves all files.
    private static final YassonJsonb JSONB = (YassonJsonb) JsonbBuilder.create();
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonBinding() {
    }

    /** Binds a tree that {@link ShapeCheck} has accepted, so binding failures are not expected. */
    static <T> T fromTree(JsonTree tree, Class<T> type) {
        try {
            // Straight from the tree: printing it and parsing it again doubles the reading time of big files.
            return JSONB.fromJsonStructure((JsonStructure) tree.root(), type);
        } catch (JsonbException e) {
            throw new InputException(tree.file(), 0, 0, null, "cannot read the file: " + rootCause(e), e);
        }
    }

    /** The record as a JSON tree; absent (null) fields are left out. */
    static JsonValue toTree(Object record) {
        try (var reader = JSON.createReader(new StringReader(JSONB.toJson(record)))) {
            return reader.readValue();
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
