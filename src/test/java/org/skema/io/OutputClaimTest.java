package org.skema.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, items 6, 10 and 13: outputs are claimed before long work, and what killed runs left is cleaned. */
class OutputClaimTest {
    @TempDir
    Path dir;

    @Test
    void aClaimedOutputIsRefusedToASecondWriterUntilReleased() throws IOException {
        Path target = dir.resolve("solution.json");
        try (OutputClaim first = OutputClaim.claim(target)) {
            assertThatThrownBy(() -> OutputClaim.claim(target))
                    .isInstanceOf(OutputException.class)
                    .hasMessage(target + " is being written by this Skema run; wait for it to finish or choose another"
                            + " output");
            assertThat(target).doesNotExist();
        }
        AtomicFiles.write(target, false, out -> out.write('x'));
        assertThat(Files.readString(target)).isEqualTo("x");
        assertThat(names()).containsExactly("solution.json");
    }

    @Test
    void aClaimOfAnotherLiveProcessIsRespectedEvenWithForce() throws IOException {
        Path target = Files.writeString(dir.resolve("solution.json"), "theirs");
        // This test's parent (Maven) is alive and is not this JVM.
        long other = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(dir.resolve(".solution.json.skema-lock"), other + "\n");
        assertThatThrownBy(() -> AtomicFiles.write(target, true, out -> out.write('x')))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("is being written by another Skema run (process " + other + ")");
        assertThat(Files.readString(target)).isEqualTo("theirs");
    }

    @Test
    void theClaimAndTemporariesOfAKilledRunAreCleanedOnTheNextWrite() throws Exception {
        Path target = dir.resolve("solution.json");
        long dead = deadPid();
        Files.writeString(dir.resolve(".solution.json.skema-lock"), dead + "\n");
        Files.writeString(dir.resolve(".solution.json." + dead + "-1a2b3c4d5e6f7a8b.tmp"), "half");
        Path folder = Files.createDirectories(dir.resolve(".solution.json." + dead + "-99.tmp/calendars"));
        Files.writeString(folder.resolve("x.ics"), "half");
        // Written by Skema before process ids were in the names: stale once old.
        Path legacy = Files.writeString(dir.resolve(".solution.json.0123456789abcdef.tmp"), "half");
        Files.setLastModifiedTime(legacy, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        // Not ours, or still being written: kept.
        Files.writeString(dir.resolve(".solution.json.mine.tmp"), "user's");
        Files.writeString(dir.resolve(".solution.json." + ProcessHandle.current().pid() + "-5.tmp"), "live");
        Files.writeString(dir.resolve(".other.json." + dead + "-5.tmp"), "another target's");

        AtomicFiles.write(target, false, out -> out.write('x'));

        assertThat(names()).containsExactly(".other.json." + dead + "-5.tmp",
                ".solution.json." + ProcessHandle.current().pid() + "-5.tmp", ".solution.json.mine.tmp", "solution.json");
    }

    @Test
    void anUnwritableFolderIsFoundWhenClaiming() throws IOException {
        Files.writeString(dir.resolve("blocker"), "a file");
        assertThatThrownBy(() -> OutputClaim.claim(dir.resolve("blocker/solution.json")))
                .isInstanceOf(OutputException.class)
                .hasMessage("cannot write " + dir.resolve("blocker/solution.json") + ": " + dir.resolve("blocker")
                        + " is in the way: it is a file, not a folder");
    }

    @Test
    void overlongNamesGetSideFilesWithinTheNameLimit() throws IOException {
        Path target = dir.resolve("é".repeat(120) + ".json");
        AtomicFiles.write(target, false, out -> out.write('x'));
        assertThat(Files.readString(target)).isEqualTo("x");
        assertThat(names()).hasSize(1);
    }

    static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
