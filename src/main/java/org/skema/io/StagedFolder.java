package org.skema.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a folder of outputs all or nothing: every file goes into a hidden temporary folder beside
 * the target, and only when all are complete does {@link #commit} move them into the target (the
 * whole temporary folder by one rename when the target is new; else each top-level file or folder
 * by a rename). A full disk, an over-long name or a crash part-way leaves the target as it was.
 * Files of the target that the export does not write are kept; a folder it writes (calendars/)
 * replaces the old one as a whole, so no stale file survives in it.
 */
public final class StagedFolder implements AutoCloseable {
    private final Path target;
    private final boolean force;
    private final FileOpener opener;
    private final OutputClaim claim;
    private final Path staging;

    private StagedFolder(Path target, boolean force, FileOpener opener, OutputClaim claim, Path staging) {
        this.target = target;
        this.force = force;
        this.opener = opener;
        this.claim = claim;
        this.staging = staging;
    }

    /** @throws OutputException if the target is a file, is being written by another run, or its folder is not writable */
    public static StagedFolder open(Path target, boolean force) {
        return open(target, force, FileOpener.NEW_FILE);
    }

    /** Like {@link #open(Path, boolean)}, creating files with {@code opener}. */
    public static StagedFolder open(Path target, boolean force, FileOpener opener) {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new OutputException(target + " is a file, not a folder");
        }
        OutputClaim claim = OutputClaim.unlessHeld(target);
        try {
            Path staging = Files.createDirectory(new SideFiles(target).newTemporary());
            return new StagedFolder(target, force, opener, claim, staging);
        } catch (IOException e) {
            if (claim != null) {
                claim.close();
            }
            throw new OutputException("cannot write " + target + ": " + IoReasons.of(e), e);
        } catch (RuntimeException e) {
            if (claim != null) {
                claim.close();
            }
            throw e;
        }
    }

    public Path target() {
        return target;
    }

    /**
     * Writes one file, at a path relative to the target like "calendars/rooms/R1.ics". Safe to call
     * from several threads.
     *
     * @throws OutputException if it cannot be written; the target is then left untouched
     */
    public void write(String relative, IoWriter body) {
        Path file = staging.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(opener.open(file))) {
                body.write(out);
            }
        } catch (IOException e) {
            throw new OutputException("cannot write " + target.resolve(relative) + ": " + IoReasons.of(e)
                    + "; nothing in " + target + " was changed", e);
        }
    }

    /**
     * Moves everything written into the target.
     *
     * @throws OutputException if, without force, something of the same name appeared in the target meanwhile
     */
    public void commit() {
        try {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            List<Path> entries;
            try (Stream<Path> list = Files.list(staging)) {
                entries = list.sorted().toList();
            }
            for (Path entry : entries) {
                Path destination = target.resolve(entry.getFileName().toString());
                if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
                    if (!force && !emptyFolder(destination)) {
                        throw new OutputException(destination + " already exists; pass --force to replace it");
                    }
                    if (Files.isDirectory(destination) != Files.isDirectory(entry)) {
                        throw new OutputException(destination + " is in the way: it is a "
                                + (Files.isDirectory(destination) ? "folder" : "file") + "; nothing in " + target
                                + " was changed");
                    }
                }
            }
            for (Path entry : entries) {
                replace(entry, target.resolve(entry.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new OutputException("cannot move the finished files into " + target + ": " + IoReasons.of(e), e);
        }
    }

    private static boolean emptyFolder(Path path) throws IOException {
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> list = Files.list(path)) {
            return list.findAny().isEmpty();
        }
    }

    private void replace(Path entry, Path destination) throws IOException {
        if (Files.isDirectory(entry) && Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
            // A folder cannot be renamed onto a full one: the old one goes into the staging folder, deleted below.
            Files.move(destination, staging.resolve(".replaced-" + entry.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(entry, destination, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the staging folder (what a failed export wrote, or the folders that were replaced) and the claim. */
    @Override
    public void close() {
        if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
            SideFiles.deleteTree(staging);
        }
        if (claim != null) {
            claim.close();
        }
    }
}
