package org.skema.io;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Fits names into file systems' name limit, which is counted in bytes (255 on ext4, APFS and NTFS
 * as UTF-8): a name that is too long keeps its beginning and gets a short stable hash of the whole
 * name, so that two long names that start alike stay apart.
 */
public final class NameFit {
    /** The length of {@link #hash}. */
    public static final int HASH_LENGTH = 8;

    private NameFit() {
    }

    /** Eight hex digits derived from the text; the same text gives the same digits on every run. */
    public static String hash(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString().substring(0, HASH_LENGTH);
    }

    /**
     * The name itself if it has at most {@code maxBytes} bytes in UTF-8, else its longest beginning
     * that leaves room for "-" and {@link #hash} of the whole name, which follow it. Never splits a character.
     */
    public static String shorten(String name, int maxBytes) {
        if (utf8Length(name) <= maxBytes) {
            return name;
        }
        return hashed(name, maxBytes, name);
    }

    /**
     * The longest beginning of {@code text} that leaves room within {@code maxBytes} for "-" and
     * {@link #hash} of {@code identity}, which follow it.
     */
    public static String hashed(String text, int maxBytes, String identity) {
        return prefix(text, maxBytes - 1 - HASH_LENGTH) + "-" + hash(identity);
    }

    /** The longest beginning of the text with at most {@code maxBytes} bytes in UTF-8, whole characters only. */
    public static String prefix(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = utf8Length(codePoint);
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    public static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            bytes += utf8Length(codePoint);
            i += Character.charCount(codePoint);
        }
        return bytes;
    }

    /** Bytes of one code point in UTF-8; a lone surrogate counts 3, more than Java writes for it ("?"), which errs on the safe side. */
    public static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
