package org.skema.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.io.InputException;
import org.skema.model.Problem;
import org.skema.model.SectionLock;
import org.skema.model.TimeText;

/** The "locks" of a problem file: read against the sections' options, written back, refused clearly. */
class JsonLocksTest {
    private static final String LOCKS = """
              {"section": "LAW1-L", "days": "Tue,Thu", "start": "08:15"},
              {"section": "LAW2-E1", "days": "Thu", "start": "12:45", "end": "14:30", "weeks": "1-14", "room": "N-AUD"},
              {"section": "LAW1-E2", "room": "S-202"}
            """;

    @TempDir
    Path dir;

    private Path withLocks(String locks) throws IOException {
        String text = Files.readString(Path.of("datasets/example.json")).replaceFirst("\\}\\s*$",
                ",\n  \"locks\": [\n" + locks + "  ]\n}\n");
        return Files.writeString(dir.resolve("locked.json"), text);
    }

    @Test
    void locksAreReadAsTheSectionsOwnOptionsAndWrittenBack() throws IOException {
        Problem problem = JsonFormat.readProblem(withLocks(LOCKS));
        assertThat(problem.locks()).extracting(lock -> lock.section().id() + " " + lock.kind() + " "
                + (lock.locksTime() ? TimeText.pattern(lock.time().pattern(), problem.calendar()) : "-") + " "
                + (lock.locksRoom() ? lock.room().room().id() : "-"))
                .containsExactly("LAW1-L time Tue,Thu 08:15-10:00 weeks 1-14 -",
                        "LAW2-E1 both Thu 12:45-14:30 weeks 1-14 N-AUD", "LAW1-E2 room - S-202");
        SectionLock first = problem.locks().get(0);
        assertThat(first.time()).isSameAs(problem.section("LAW1-L").times().get(1));

        Path written = dir.resolve("written.json");
        JsonFormat.writeProblem(problem, written, false);
        Problem again = JsonFormat.readProblem(written);
        assertThat(again.locks()).extracting(SectionLock::kind).containsExactly("time", "both", "room");
        assertThat(again.locks().get(1).time().pattern()).isEqualTo(problem.locks().get(1).time().pattern());
        assertThat(Files.readString(written)).contains("\"locks\": [");
        assertThat(JsonFormat.readProblem(Path.of("datasets/example.json")).locks()).isEmpty();
    }

    @Test
    void badLocksAreRefusedWithTheirPlace() throws IOException {
        assertError("{\"section\": \"NOPE\", \"room\": \"N-101\"}\n", "locks[0] (id \"NOPE\").section: unknown section 'NOPE'");
        assertError("{\"section\": \"LAW1-L\", \"days\": \"Fri\", \"start\": \"08:15\"}\n",
                "locks[0] (id \"LAW1-L\"): Fri 08:15 weeks 1-14 is not an allowed time of section LAW1-L");
        assertError("{\"section\": \"LAW1-E1\", \"room\": \"S-201\"}\n",
                "locks[0] (id \"LAW1-E1\").room: room S-201 is not an allowed room of section LAW1-E1");
        assertError("{\"section\": \"IT1-WEB\", \"room\": \"S-201\"}\n",
                "locks[0] (id \"IT1-WEB\").room: section IT1-WEB needs no room");
        assertError("{\"section\": \"LAW1-E1\"}\n", "locks[0] (id \"LAW1-E1\"): a lock needs the time to keep");
        assertError("{\"section\": \"LAW1-E1\", \"room\": \"N-101\"},\n{\"section\": \"LAW1-E1\", \"room\": \"S-202\"}\n",
                "locks[1] (id \"LAW1-E1\").section: section LAW1-E1 is locked twice (first at line");
    }

    private void assertError(String locks, String expected) throws IOException {
        Path file = withLocks(locks);
        assertThatThrownBy(() -> JsonFormat.readProblem(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":").hasMessageContaining(expected);
    }
}
