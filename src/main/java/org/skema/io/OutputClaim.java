package org.skema.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A reservation of output paths, taken before long work, so that two Skema runs never write the
 * same output: the second is refused at once instead of silently replacing the first one's result
 * at the end. Each path is claimed by creating ".NAME.skema-lock" beside it exclusively, holding the
 * process id; a claim whose process is gone (kill -9) is taken over. Creating it also proves early
 * that the folder is writable. Closing releases the claim.
 */
public final class OutputClaim implements AutoCloseable {
    /** Paths claimed by this JVM, so that a claim also holds against another command in the same process. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    /** A lock file without a process id yet is being created; older than this, its creator died. */
    private static final Duration CREATING = Duration.ofSeconds(10);

    private final List<Path> keys;
    private final List<Path> locks;

    private OutputClaim(List<Path> keys, List<Path> locks) {
        this.keys = keys;
        this.locks = locks;
    }

    /**
     * Claims every path, creating their folders; on failure none stays claimed.
     *
     * @throws OutputException if another run (of this or another process) is writing one of them, or a
     *                         folder is not writable
     */
    public static OutputClaim claim(Path... targets) {
        OutputClaim claim = new OutputClaim(new ArrayList<>(), new ArrayList<>());
        try {
            for (Path target : targets) {
                claim.add(target);
            }
        } catch (RuntimeException e) {
            claim.close();
            throw e;
        }
        return claim;
    }

    /** Claims the path unless this process holds it already; @return the claim to close, or null */
    static OutputClaim unlessHeld(Path target) {
        return HELD.contains(key(target)) ? null : claim(target);
    }

    private void add(Path target) {
        Path key = key(target);
        SideFiles side = new SideFiles(key);
        try {
            Files.createDirectories(side.directory());
        } catch (IOException e) {
            throw new OutputException("cannot write " + target + ": " + IoReasons.of(e), e);
        }
        side.removeStale();
        if (!HELD.add(key)) {
            throw busy(target, SideFiles.ownPid());
        }
        try {
            createLock(target, side.lock());
        } catch (RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
        keys.add(key);
        locks.add(side.lock());
    }

    private static void createLock(Path target, Path lock) {
        for (int attempt = 0; ; attempt++) {
            try {
                Files.writeString(lock, SideFiles.ownPid() + "\n", StandardCharsets.US_ASCII,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return;
            } catch (FileAlreadyExistsException e) {
                Long holder = holder(lock);
                if (holder != null || attempt > 0) {
                    throw busy(target, holder);
                }
                try {
                    Files.deleteIfExists(lock);
                } catch (IOException gone) {
                    throw new OutputException("cannot write " + target + ": " + IoReasons.of(gone), gone);
                }
            } catch (IOException e) {
                throw new OutputException("cannot write " + target + ": " + IoReasons.of(e), e);
            }
        }
    }

    /** The live process holding a lock file; 0 for one being created; null when the lock is stale. */
    private static Long holder(Path lock) {
        try {
            String text = Files.readString(lock, StandardCharsets.US_ASCII).strip();
            if (text.matches("\\d{1,18}")) {
                long pid = Long.parseLong(text);
                return SideFiles.alive(pid) ? pid : null;
            }
            return Files.getLastModifiedTime(lock).toInstant().isAfter(Instant.now().minus(CREATING)) ? 0L : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static OutputException busy(Path target, Long pid) {
        String who = pid == null || pid == 0 ? "another Skema run"
                : pid == SideFiles.ownPid() ? "this Skema run" : "another Skema run (process " + pid + ")";
        return new OutputException(target + " is being written by " + who + "; wait for it to finish or choose"
                + " another output");
    }

    private static Path key(Path target) {
        return target.toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        for (int i = 0; i < keys.size(); i++) {
            try {
                Files.deleteIfExists(locks.get(i));
            } catch (IOException ignored) {
                // A lock left behind names this process; once it has ended, the next run takes it over.
            }
            HELD.remove(keys.get(i));
        }
        keys.clear();
        locks.clear();
    }
}
