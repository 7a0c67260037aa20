package org.skema.io.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.skema.io.InputException;
import org.skema.io.IoReasons;

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
        String text = decode(bytes, name);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(name, 0, null, "the file is empty (expected a JSON object)");
        }
        return text;
    }

    private static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(bytes, in.position(), name);
        }
        return out.flip().toString();
    }

    private static InputException notUtf8(byte[] bytes, int offset, String name) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String detail = offset < bytes.length
                ? String.format("not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[offset] & 0xFF)
                : "not valid UTF-8 (the file ends inside a character); save the file as UTF-8";
        return new InputException(name, line, offset - lineStart + 1, null, detail, new CharacterCodingException());
    }
}
