package org.skema.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fuzz harness itself: it reproduces its cases and it notices a reader that crashes. */
class FuzzTest {
    private static final byte[] TEXT = "{\"a\": [1, 2, 3],\n \"b\": \"x\"}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameMutations() {
        for (Fuzz.Mutation mutation : Fuzz.Mutation.values()) {
            assertThat(Fuzz.mutate(TEXT, mutation, new Random(5))).as(mutation.name())
                    .isEqualTo(Fuzz.mutate(TEXT, mutation, new Random(5)));
        }
        assertThat(Fuzz.mutate(TEXT, Fuzz.Mutation.UTF16, new Random(1))).isNotEqualTo(TEXT);
        assertThat(Fuzz.mutate(TEXT, Fuzz.Mutation.EMPTY, new Random(1))).hasSizeLessThan(10);
    }

    @Test
    void aReaderThatCrashesIsCaughtAndOneThatRefusesCleanlyIsNot() {
        Fuzz crashing = new Fuzz("crashing", 1);
        crashing.run(TEXT, dir.resolve("a.json"), 30, file -> {
            throw new NullPointerException("boom");
        }, null, 1);
        assertThatThrownBy(crashing::assertNoCrash).hasMessageContaining("NullPointerException: boom")
                .hasMessageContaining("crashing seed 1 case 0 TRUNCATE");

        Fuzz clean = new Fuzz("clean", 1);
        clean.run(TEXT, dir.resolve("b.json"), 30, file -> {
            throw new InputException(file.toString(), 1, "a", "bad");
        }, null, 1);
        clean.assertNoCrash();
        assertThat(clean.cases()).isEqualTo(30);

        Fuzz unclear = new Fuzz("unclear", 1);
        unclear.run(TEXT, dir.resolve("c.json"), 1, file -> {
            throw new InputException(null, 1, "a", "bad");
        }, null, 1);
        assertThatThrownBy(unclear::assertNoCrash).hasMessageContaining("unclear message");
    }
}
