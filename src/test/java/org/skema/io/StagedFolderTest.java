package org.skema.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, item 7: a folder of outputs is written all or nothing. */
class StagedFolderTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskPartWayLeavesANewTargetUnwritten() throws IOException {
        Path target = dir.resolve("published");
        assertThatThrownBy(() -> writeFive(StagedFolder.open(target, false, fullDiskAfter(4))))
                .isInstanceOf(OutputException.class)
                .hasMessage("cannot write " + target.resolve("e.csv") + ": No space left on device; nothing in "
                        + target + " was changed");
        assertThat(list(dir)).isEmpty();
    }

    @Test
    void aFullDiskPartWayKeepsTheEarlierExportWhole() throws IOException {
        Path target = dir.resolve("published");
        writeFive(StagedFolder.open(target, false));
        Files.writeString(target.resolve("notes.txt"), "the user's");
        assertThatThrownBy(() -> {
            try (StagedFolder second = StagedFolder.open(target, true, fullDiskAfter(2))) {
                second.write("a.csv", out -> out.write("new".getBytes()));
                second.write("sub/b.ics", out -> out.write("new".getBytes()));
                second.write("c.csv", out -> out.write("new".getBytes()));
            }
        }).isInstanceOf(OutputException.class);
        assertThat(list(target)).containsExactly("a.csv", "b.csv", "c.csv", "d.csv", "e.csv", "notes.txt", "sub");
        assertThat(Files.readString(target.resolve("a.csv"))).isEqualTo("a");
        assertThat(list(target.resolve("sub"))).containsExactly("old.ics");
        assertThat(list(dir)).containsExactly("published");
    }

    @Test
    void withForceEveryFileIsReplacedAndAWrittenFolderAsAWhole() throws IOException {
        Path target = dir.resolve("published");
        writeFive(StagedFolder.open(target, false));
        Files.writeString(target.resolve("notes.txt"), "the user's");
        try (StagedFolder second = StagedFolder.open(target, true)) {
            second.write("a.csv", out -> out.write("new".getBytes()));
            second.write("sub/new.ics", out -> out.write("new".getBytes()));
            second.commit();
        }
        assertThat(Files.readString(target.resolve("a.csv"))).isEqualTo("new");
        assertThat(Files.readString(target.resolve("notes.txt"))).isEqualTo("the user's");
        assertThat(list(target.resolve("sub"))).as("no stale calendar survives").containsExactly("new.ics");
        assertThat(list(dir)).containsExactly("published");
    }

    @Test
    void withoutForceAFileThatAppearedMeanwhileIsKept() throws IOException {
        Path target = Files.createDirectories(dir.resolve("published"));
        try (StagedFolder out = StagedFolder.open(target, false)) {
            out.write("a.csv", stream -> stream.write("mine".getBytes()));
            Files.writeString(target.resolve("a.csv"), "theirs");
            assertThatThrownBy(out::commit).isInstanceOf(OutputException.class)
                    .hasMessage(target.resolve("a.csv") + " already exists; pass --force to replace it");
        }
        assertThat(Files.readString(target.resolve("a.csv"))).isEqualTo("theirs");
        assertThat(list(dir)).containsExactly("published");
    }

    /** a.csv ... e.csv and sub/old.ics; the target only when all six are written. */
    private static void writeFive(StagedFolder out) {
        try (out) {
            for (String name : List.of("a", "b", "c", "d", "e")) {
                out.write(name + ".csv", stream -> stream.write(name.getBytes()));
            }
            out.write("sub/old.ics", stream -> stream.write("old".getBytes()));
            out.commit();
        }
    }

    /** Opens files as usual until {@code files} are open, then fails as a full disk does. */
    private static FileOpener fullDiskAfter(int files) {
        AtomicInteger opened = new AtomicInteger();
        return file -> {
            if (opened.incrementAndGet() > files) {
                throw new FileSystemException(file.toString(), null, "No space left on device");
            }
            return FileOpener.NEW_FILE.open(file);
        };
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
