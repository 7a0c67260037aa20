package org.skema.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a file's bytes strictly: a file saved in another encoding would otherwise turn names
 * into garbage silently, or make a library print its own complaint. The error names the line and
 * column of the first bad byte.
 */
public final class StrictText {
    private StrictText() {
    }

    /**
     * @param hint what the user should do, such as "save the file as UTF-8"
     * @throws InputException at the first byte that is not valid in {@code charset}
     */
    public static String decode(byte[] bytes, Charset charset, String file, String hint) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8,
                (long) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw invalid(bytes, in.position(), charset, file, hint);
        }
        return out.flip().toString();
    }

    private static InputException invalid(byte[] bytes, int offset, Charset charset, String file, String hint) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String name = charset.name();
        String detail = offset < bytes.length
                ? String.format("not valid %s (byte 0x%02X); %s", name, bytes[offset] & 0xFF, hint)
                : "not valid " + name + " (the file ends inside a character); " + hint;
        return new InputException(file, line, offset - lineStart + 1, null, detail, new CharacterCodingException());
    }
}
