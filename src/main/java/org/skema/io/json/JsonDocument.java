package org.skema.io.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.skema.io.AtomicFiles;
import org.skema.io.InputException;

/**
 * The steps every native JSON file goes through: read as UTF-8, parse with lines, check the
 * "format" and "version" header, check the shape, bind to records; and the way back to a file.
 */
final class JsonDocument {
    static final int VERSION = 1;

    private final JsonTree tree;
    private final JsonErrors errors;

    private JsonDocument(JsonTree tree) {
        this.tree = tree;
        this.errors = new JsonErrors(tree);
    }

    /** Reads, parses and checks the header of a file that should hold {@code format}. */
    static JsonDocument read(Path file, String format) {
        String name = file.toString();
        JsonDocument document = new JsonDocument(JsonTree.parse(JsonSource.read(file), name));
        document.checkHeader(format);
        return document;
    }

    JsonErrors errors() {
        return errors;
    }

    /** The content as records of {@code type}, once its shape is known to fit. */
    <T> T bind(Class<T> type) {
        new ShapeCheck(errors).check(tree.root(), type, JsonPath.ROOT);
        return JsonBinding.fromTree(tree, type);
    }

    private void checkHeader(String format) {
        JsonValue root = tree.root();
        if (!(root instanceof JsonObject object)) {
            throw new InputException(tree.file(), 1, null, "expected a JSON object { ... } at the top, got "
                    + ShapeCheck.describe(root));
        }
        JsonPath formatPath = JsonPath.ROOT.field("format");
        JsonValue found = object.get("format");
        if (found == null) {
            throw errors.error(JsonPath.ROOT, "missing field \"format\" (expected \"format\": \"" + format + "\")");
        }
        if (!(found instanceof JsonString text) || !text.getString().equals(format)) {
            String hint = found instanceof JsonString text && text.getString().startsWith("skema-")
                    ? " (this is a " + text.getString() + " file)" : "";
            throw errors.error(formatPath, "expected \"" + format + "\", got " + ShapeCheck.describe(found) + hint);
        }
        JsonPath versionPath = JsonPath.ROOT.field("version");
        JsonValue version = object.get("version");
        if (version == null) {
            throw errors.error(JsonPath.ROOT, "missing field \"version\" (expected \"version\": " + VERSION + ")");
        }
        if (!(version instanceof JsonNumber number) || !number.isIntegral() || number.longValue() != VERSION) {
            throw errors.error(versionPath, "unsupported version " + version + " (this Skema reads version " + VERSION
                    + ")");
        }
    }

    /** Writes the record as compact, pretty-printed UTF-8 JSON, atomically. */
    static void write(Object record, Path file, boolean force) {
        JsonValue value = JsonBinding.toTree(record);
        AtomicFiles.write(file, force, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            JsonPrinter.print(value, writer);
            writer.flush();
        });
    }
}
