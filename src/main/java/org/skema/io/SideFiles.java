package org.skema.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hidden files Skema keeps beside an output while it writes it, named after it: the claim
 * ".NAME.skema-lock" and temporaries ".NAME.PID-RANDOM.tmp" (files, or folders for a folder output).
 * The process id in a temporary's name tells a stale one (its writer was killed) from one being written.
 */
final class SideFiles {
    /** Room for the longest suffix (".2147483647-" + 16 hex digits + ".tmp") within a 255-byte file name. */
    private static final int MAX_BASE_BYTES = 200;
    private static final String LOCK_SUFFIX = ".skema-lock";
    private static final String TEMP_SUFFIX = ".tmp";
    /** Temporaries of Skema versions before process ids were in the names: stale once this old. */
    private static final Duration LEGACY_AGE = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PID = ProcessHandle.current().pid();

    private final Path directory;
    private final String base;

    SideFiles(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        this.directory = absolute.getParent();
        Path name = absolute.getFileName();
        this.base = NameFit.shorten("." + (name == null ? "" : name.toString()), MAX_BASE_BYTES);
    }

    Path directory() {
        return directory;
    }

    Path lock() {
        return directory.resolve(base + LOCK_SUFFIX);
    }

    /** A fresh name for a temporary of this process. */
    Path newTemporary() {
        return directory.resolve(base + "." + PID + "-" + Long.toHexString(RANDOM.nextLong()) + TEMP_SUFFIX);
    }

    static long ownPid() {
        return PID;
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Deletes temporaries of this target whose writer is gone; best effort, as they only take space. */
    void removeStale() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        String prefix = base + ".";
        List<Path> stale;
        try (Stream<Path> entries = Files.list(directory)) {
            stale = entries.filter(entry -> {
                String name = entry.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX) && name.length() > prefix.length() + TEMP_SUFFIX.length()
                        && stale(entry, name.substring(prefix.length(), name.length() - TEMP_SUFFIX.length()));
            }).toList();
        } catch (IOException e) {
            return;
        }
        stale.forEach(SideFiles::deleteTree);
    }

    /** @param tag what stands between the base and ".tmp": "PID-RANDOM", or RANDOM alone in older versions */
    private static boolean stale(Path entry, String tag) {
        int dash = tag.indexOf('-');
        if (dash > 0 && tag.substring(0, dash).chars().allMatch(Character::isDigit)
                && tag.substring(dash + 1).matches("[0-9a-f]{1,16}")) {
            return !alive(Long.parseLong(tag.substring(0, dash)));
        }
        if (tag.matches("[0-9a-f]{1,16}")) {
            try {
                return Files.getLastModifiedTime(entry).toInstant().isBefore(Instant.now().minus(LEGACY_AGE));
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    /** Deletes a file, or a folder with everything in it; what cannot be deleted stays. */
    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // Left for the next write's clean-up; it is only a temporary.
                }
            });
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // Gone already, or unreadable: nothing more to do here.
        }
    }
}
