package org.skema.io.xml;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skema.io.InputException;
import org.skema.io.IoReasons;
import org.skema.io.StrictText;

/**
 * An XML file's bytes, checked before the parser sees them: they must decode strictly in the
 * encoding of the byte-order mark, else the one the declaration names, else UTF-8. The JDK's parser
 * prints a line of its own to stderr before it throws on a bad byte; checking first gives one clear
 * error instead. (The parser still decodes: given text instead of bytes, it garbles the DOCTYPE
 * that {@link XmlCursor} inspects.)
 */
final class XmlText {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlText() {
    }

    static byte[] read(Path path) {
        String file = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(file, 0, null, "cannot read: " + IoReasons.of(e));
        }
        StrictText.decode(bytes, charset(bytes, file), file, "save the file as UTF-8");
        return bytes;
    }

    private static Charset charset(byte[] bytes, String file) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String head = new String(bytes, start, Math.min(200, bytes.length - start), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED.matcher(head);
        if (start > 0 || !declared.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declared.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputException(file, 1, null, "unsupported encoding '" + declared.group(1)
                    + "' in the XML declaration; save the file as UTF-8");
        }
    }
}
