package org.skema.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.skema.io.InputException;

/** Small helpers for tests that feed JSON text to the readers and check where errors point. */
final class JsonTestFiles {
    private JsonTestFiles() {
    }

    /** A valid problem with two courses, meant to be broken by small edits. */
    static final String PROBLEM = """
            {
              "format": "skema-problem",
              "version": 1,
              "name": "mini",
              "calendar": {"weeks": 2, "days": 5, "slotsPerDay": 288},
              "timeSets": {
                "morning": [
                  {"days": "Mon", "start": "08:15", "end": "10:00"},
                  {"days": "Tue", "start": "08:15", "end": "10:00"}
                ]
              },
              "rooms": [
                {"id": "R1", "capacity": 40, "building": "North"},
                {"id": "R2", "capacity": 30, "building": "South", "features": ["lab"]}
              ],
              "travel": [{"from": "North", "to": "South", "minutes": 10}],
              "teachers": [
                {"id": "T1", "name": "Ann"},
                {"id": "T2", "name": "Bo", "unavailable": [{"days": "Fri", "start": "08:00", "end": "12:00"}]}
              ],
              "courses": [
                {"id": "C1", "configs": [{"id": "1", "subparts": [
                  {"id": "L", "sections": [
                    {"id": "C1-L", "limit": 40, "teachers": ["T1"], "timeSet": "morning"}
                  ]},
                  {"id": "E", "sections": [
                    {"id": "C1-E1", "limit": 20, "parent": "C1-L",
                     "times": [{"days": "Wed", "start": "10:15", "end": "12:00", "weeks": "1-2"}],
                     "rooms": [{"room": "R2"}]}
                  ]}
                ]}]},
                {"id": "C2", "configs": [{"id": "1", "subparts": [
                  {"id": "L", "sections": [
                    {"id": "C2-L", "limit": 40, "needsRoom": false, "timeSet": "morning"}
                  ]}
                ]}]}
              ],
              "distributions": [
                {"type": "NotOverlap", "sections": ["C1-L", "C1-E1"], "required": true},
                {"type": "MaxBreaks(1,6)", "sections": ["C1-L", "C2-L"], "penalty": 3}
              ],
              "students": [
                {"id": "S1", "courses": ["C1"], "sections": ["C1-E1"]},
                {"id": "S2", "group": "G", "courses": ["C1", "C2"]}
              ]
            }
            """;

    /** {@code text} with its only occurrence of {@code from} replaced. */
    static String edit(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as("edit target %s", from).isGreaterThanOrEqualTo(0);
        assertThat(text.indexOf(from, at + 1)).as("edit target %s is not unique", from).isNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** The 1-based line of the only occurrence of {@code marker}. */
    static int lineOf(String text, String marker) {
        int at = text.indexOf(marker);
        assertThat(at).as("marker %s", marker).isGreaterThanOrEqualTo(0);
        assertThat(text.indexOf(marker, at + 1)).as("marker %s is not unique", marker).isNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The 1-based column of the only occurrence of {@code marker}. */
    static int columnOf(String text, String marker) {
        int at = text.indexOf(marker);
        return at - text.lastIndexOf('\n', at - 1);
    }

    static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputException problemError(Path file) {
        InputException error = catchThrowableOfType(InputException.class, () -> JsonFormat.readProblem(file));
        assertThat(error).as("reading %s should fail", file).isNotNull();
        return error;
    }
}
