package org.skema.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputExceptionTest {
    @Test
    void rendersFileLineFieldAndDetailOnOneLine() {
        var error = new InputException("datasets/x.json", 57, "rooms[3] (id \"R12\").capacity", "must not be negative, got -5");
        assertThat(error.getMessage())
                .isEqualTo("datasets/x.json:57: rooms[3] (id \"R12\").capacity: must not be negative, got -5");
        assertThat(error.line()).isEqualTo(57);
        assertThat(error.field()).isEqualTo("rooms[3] (id \"R12\").capacity");
        assertThat(error.detail()).isEqualTo("must not be negative, got -5");
    }

    @Test
    void leavesOutWhatIsUnknown() {
        assertThat(new InputException("a.csv", 0, null, "the file is empty").getMessage())
                .isEqualTo("a.csv: the file is empty");
        assertThat(new InputException("a.csv", 3, 14, "", "bad\nthing", null).getMessage())
                .isEqualTo("a.csv:3:14: bad thing");
    }
}
