package org.skema.export;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Turns ids into file names that are safe on every file system: letters, digits, '.', '_' and '-'
 * are kept, anything else becomes '_'; a name that would clash (ignoring case) with an earlier one
 * gets a short stable suffix derived from the id.
 */
final class FileNames {
    private final Set<String> used = new HashSet<>();

    String of(String id, String extension) {
        String base = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "_" + base;
        }
        String name = base;
        if (!used.add(name.toLowerCase(Locale.ROOT))) {
            name = base + "-" + UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
            used.add(name.toLowerCase(Locale.ROOT));
        }
        return name + extension;
    }
}
