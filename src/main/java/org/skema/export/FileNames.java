package org.skema.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.skema.io.NameFit;

/**
 * Turns ids into file names that are safe on every file system: letters, digits, '.', '_' and '-'
 * are kept, anything else becomes '_'; a name that would clash (ignoring case) with an earlier one
 * gets a short stable suffix derived from the id. A name longer than {@link #MAX_BYTES} (file
 * systems allow 255 bytes; the rest is margin) keeps its beginning and gets that suffix too.
 */
final class FileNames {
    static final int MAX_BYTES = 150;

    private final Set<String> used = new HashSet<>();

    String of(String id, String extension) {
        String base = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "_" + base;
        }
        int room = MAX_BYTES - NameFit.utf8Length(extension);
        String name = base.length() > room ? NameFit.hashed(base, room, id) : base;
        if (!used.add(name.toLowerCase(Locale.ROOT))) {
            name = NameFit.hashed(base, Math.min(room, base.length() + 1 + NameFit.HASH_LENGTH), id);
            used.add(name.toLowerCase(Locale.ROOT));
        }
        return name + extension;
    }
}
