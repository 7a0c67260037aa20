package org.skema.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that nothing is lost: the content goes to a temporary file beside the target,
 * which replaces the target only once it is complete, so a crash or a full disk never leaves half
 * a file behind; and an existing file is kept unless the user asked to overwrite it. While it writes,
 * the target is claimed ({@link OutputClaim}) unless the caller claimed it before its long work, and
 * temporaries that killed runs left beside it are removed.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes {@code target} with what {@code body} produces.
     *
     * @throws OutputException if the target exists and {@code force} is false, or writing fails
     */
    public static void write(Path target, boolean force, IoWriter body) {
        write(target, force, true, body);
    }

    /**
     * Like {@link #write(Path, boolean, IoWriter)}; without {@code sync} the content is not forced to
     * disk before the move. Still never half a file, but a crash right after may lose the new content:
     * for the thousands of files an export regenerates, where one sync each would cost more than the export.
     */
    public static void write(Path target, boolean force, boolean sync, IoWriter body) {
        requireWritable(target, force);
        Path temp = null;
        try (OutputClaim claim = OutputClaim.unlessHeld(target)) {
            temp = new SideFiles(target).newTemporary();
            // Not Files.createTempFile: its files are readable by the owner only, and the output should not be.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                body.write(out);
                out.flush();
                if (sync) {
                    channel.force(true);
                }
            }
            place(temp, target, force);
            temp = null;
        } catch (IOException e) {
            throw new OutputException("cannot write " + target + ": " + IoReasons.of(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The write already failed; a leftover temporary file is the lesser problem.
                }
            }
        }
    }

    /**
     * Fails early, before long work, if {@link #write} would refuse the target.
     *
     * @throws OutputException if the target is a directory, or exists and {@code force} is false
     */
    public static void requireWritable(Path target, boolean force) {
        if (Files.isDirectory(target)) {
            throw new OutputException(target + " is a directory, not a file");
        }
        if (!force && Files.exists(target)) {
            throw new OutputException(target + " already exists; pass --force to overwrite it");
        }
    }

    /**
     * Puts the complete temporary file in the target's place. Without force it must not replace a file
     * that appeared meanwhile (another program, or a Skema run that did not claim it): a hard link is
     * created only if the name is free, atomically; where links are not supported, a plain move.
     */
    private static void place(Path temp, Path target, boolean force) throws IOException {
        if (force) {
            move(temp, target);
            return;
        }
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw new OutputException(target + " already exists; pass --force to overwrite it");
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.move(temp, target);
            return;
        }
        try {
            Files.delete(temp);
        } catch (IOException ignored) {
            // The target is complete; the next write removes this stale temporary.
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Some file systems refuse an atomic move onto an existing file; replacing is the next best.
            if (!Files.exists(target)) {
                throw e;
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

}
