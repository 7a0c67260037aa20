package org.skema.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesANewFileAndCreatesItsFolder() throws IOException {
        Path target = dir.resolve("out/sub/result.txt");
        AtomicFiles.write(target, false, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("hello");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void keepsAnExistingFileWithoutForce() throws IOException {
        Path target = Files.writeString(dir.resolve("result.txt"), "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, false, out -> out.write('x')))
                .isInstanceOf(OutputException.class)
                .hasMessage(target + " already exists; pass --force to overwrite it");
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    @Test
    void replacesAnExistingFileWithForce() throws IOException {
        Path target = Files.writeString(dir.resolve("result.txt"), "old");
        AtomicFiles.write(target, true, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("result.txt"), "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, true, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(OutputException.class).hasMessage("cannot write " + target + ": disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void writesFilesOthersCanRead() throws IOException {
        Path target = dir.resolve("shared.txt");
        AtomicFiles.write(target, false, out -> out.write('x'));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    @Test
    void explainsAFileInTheWayOfTheFolder() throws IOException {
        Path blocker = Files.writeString(dir.resolve("out"), "x");
        assertThatThrownBy(() -> AtomicFiles.write(blocker.resolve("result.json"), false, out -> out.write('x')))
                .isInstanceOf(OutputException.class)
                .hasMessage("cannot write " + blocker.resolve("result.json") + ": " + blocker
                        + " is in the way: it is a file, not a folder");
    }

    @Test
    void refusesAFolder() {
        assertThatThrownBy(() -> AtomicFiles.write(dir, true, out -> out.write('x')))
                .isInstanceOf(OutputException.class).hasMessageContaining("is a directory");
    }

    private Stream<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".tmp")).toList().stream();
        }
    }
}
