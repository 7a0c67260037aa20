package org.skema.io.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.skema.io.InputException;
import org.skema.io.IoReasons;
import org.skema.io.StrictText;

/**
 * Reads a file as UTF-8 text. Strict decoding, because a file saved in another encoding would
 * otherwise turn names into garbage silently; a byte-order mark, which some Windows editors add,
 * is dropped.
 */
final class JsonSource {
    private JsonSource() {
    }

    static String read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(name, 0, null, "is a folder, not a file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(name, 0, 0, null, "cannot read the file: " + IoReasons.of(e), e);
        }
        String text = StrictText.decode(bytes, StandardCharsets.UTF_8, name, "save the file as UTF-8");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(name, 0, null, "the file is empty (expected a JSON object)");
        }
        return text;
    }
}
