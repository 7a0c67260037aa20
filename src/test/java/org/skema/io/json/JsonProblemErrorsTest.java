package org.skema.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skema.io.json.JsonTestFiles.PROBLEM;
import static org.skema.io.json.JsonTestFiles.columnOf;
import static org.skema.io.json.JsonTestFiles.edit;
import static org.skema.io.json.JsonTestFiles.lineOf;
import static org.skema.io.json.JsonTestFiles.problemError;
import static org.skema.io.json.JsonTestFiles.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skema.io.InputException;
import org.skema.model.Problem;

/** Every kind of bad problem file gives one clear error naming file, line and field. */
class JsonProblemErrorsTest {
    private static final String C1L = "courses[0] (id \"C1\").configs[0] (id \"1\").subparts[0] (id \"L\").sections[0] (id \"C1-L\")";
    private static final String C1E1 = "courses[0] (id \"C1\").configs[0] (id \"1\").subparts[1] (id \"E\").sections[0] (id \"C1-E1\")";
    private static final String C2L = "courses[1] (id \"C2\").configs[0] (id \"1\").subparts[0] (id \"L\").sections[0] (id \"C2-L\")";

    @TempDir
    Path dir;

    @Test
    void theBaseProblemIsValid() {
        Problem problem = JsonFormat.readProblem(write(dir.resolve("mini.json"), PROBLEM));
        assertThat(problem.sections()).hasSize(3);
        assertThat(problem.section("C1-E1").parent()).isSameAs(problem.section("C1-L"));
        assertThat(problem.travel().between(problem.room("R1"), problem.room("R2"))).isEqualTo(2);
        assertThat(problem.section("C1-L").rooms()).hasSize(2);
        assertThat(problem.section("C2-L").rooms()).isEmpty();
    }

    static Stream<Arguments> badEdits() {
        return Stream.of(
                // name, replace this, by that, the line holding this marker, field, message
                bad("string for a number", "\"capacity\": 40", "\"capacity\": \"forty\"", "\"forty\"",
                        "rooms[0] (id \"R1\").capacity", "expected a whole number, got the string \"forty\""),
                bad("fraction for a whole number", "\"limit\": 20", "\"limit\": 20.5", "20.5",
                        C1E1 + ".limit", "expected a whole number, got the number 20.5"),
                bad("string for a list", "\"teachers\": [\"T1\"]", "\"teachers\": \"T1\"", "\"teachers\": \"T1\"",
                        C1L + ".teachers", "expected a list [...], got the string \"T1\""),
                bad("null in a list", "\"features\": [\"lab\"]", "\"features\": [null]", "[null]",
                        "rooms[1] (id \"R2\").features[0]", "must not be null"),
                bad("misspelt field", "\"capacity\": 30,", "\"capcity\": 30,", "capcity",
                        "rooms[1] (id \"R2\").capcity", "unknown field (expected one of: id, name, capacity,"),
                bad("field twice", "\"capacity\": 40,", "\"capacity\": 40, \"capacity\": 41,", "41",
                        "rooms[0].capacity", "appears twice"),
                bad("negative capacity", "\"capacity\": 40", "\"capacity\": -5", "-5",
                        "rooms[0] (id \"R1\").capacity", "must not be negative, got -5"),
                bad("missing capacity", "\"capacity\": 40, ", "", "{\"id\": \"R1\"",
                        "rooms[0] (id \"R1\")", "missing field \"capacity\""),
                bad("duplicate room", "{\"id\": \"R2\", \"capacity\": 30", "{\"id\": \"R1\", \"capacity\": 30",
                        "{\"id\": \"R1\", \"capacity\": 30", "rooms[1] (id \"R1\").id",
                        "duplicate room id \"R1\" (first used at line 13)"),
                bad("duplicate teacher", "{\"id\": \"T2\", \"name\": \"Bo\"", "{\"id\": \"T1\", \"name\": \"Bo\"",
                        "\"Bo\"", "teachers[1] (id \"T1\").id", "duplicate teacher id \"T1\""),
                bad("duplicate course", "{\"id\": \"C2\", \"configs\"", "{\"id\": \"C1\", \"configs\"",
                        "{\"id\": \"C1\", \"configs\": [{\"id\": \"1\", \"subparts\": [\n      {\"id\": \"L\", \"sections\": [\n        {\"id\": \"C2-L\"",
                        "courses[1] (id \"C1\").id", "duplicate course id \"C1\""),
                bad("duplicate section", "{\"id\": \"C2-L\", \"limit\"", "{\"id\": \"C1-L\", \"limit\"",
                        "\"needsRoom\"", "(id \"C1-L\").id", "duplicate section id \"C1-L\""),
                bad("duplicate student", "{\"id\": \"S2\"", "{\"id\": \"S1\"", "\"group\"",
                        "students[1] (id \"S1\").id", "duplicate student id \"S1\""),
                bad("unknown room", "{\"room\": \"R2\"}", "{\"room\": \"R9\"}", "R9",
                        C1E1 + ".rooms[0].room", "unknown room 'R9'"),
                bad("unknown teacher", "\"teachers\": [\"T1\"]", "\"teachers\": [\"T9\"]", "T9",
                        C1L + ".teachers[0]", "unknown teacher 'T9'"),
                bad("unknown course", "\"courses\": [\"C1\"], ", "\"courses\": [\"C9\"], ", "C9",
                        "students[0] (id \"S1\").courses[0]", "unknown course 'C9'"),
                bad("unknown section", "[\"C1-L\", \"C1-E1\"], \"required\"", "[\"C1-L\", \"C9\"], \"required\"",
                        "C9", "distributions[0].sections[1]", "unknown section 'C9'"),
                bad("unknown parent", "\"parent\": \"C1-L\"", "\"parent\": \"C1-X\"", "C1-X",
                        C1E1 + ".parent", "unknown section 'C1-X'"),
                bad("parent in another course", "\"parent\": \"C1-L\"", "\"parent\": \"C2-L\"", "\"parent\"",
                        C1E1 + ".parent", "parent C2-L belongs to course C2, not to C1"),
                bad("unknown time set", "\"teachers\": [\"T1\"], \"timeSet\": \"morning\"",
                        "\"teachers\": [\"T1\"], \"timeSet\": \"evening\"", "evening",
                        C1L + ".timeSet", "unknown time set \"evening\" (known: morning)"),
                bad("empty times", "\"times\": [{\"days\": \"Wed\", \"start\": \"10:15\", \"end\": \"12:00\", \"weeks\": \"1-2\"}]",
                        "\"times\": []", "\"times\": []", C1E1 + ".times", "must list at least one allowed time"),
                bad("time set and times", "\"needsRoom\": false, \"timeSet\": \"morning\"",
                        "\"needsRoom\": false, \"timeSet\": \"morning\", \"times\": [{\"days\": \"Mon\", \"start\": \"08:15\", \"end\": \"10:00\"}]",
                        "\"needsRoom\"", C2L, "give either \"timeSet\" or \"times\", not both"),
                bad("no times at all", ", \"needsRoom\": false, \"timeSet\": \"morning\"", "", "\"C2-L\", \"limit\"",
                        C2L, "missing field \"times\" or \"timeSet\""),
                bad("end before start", "\"start\": \"10:15\", \"end\": \"12:00\"", "\"start\": \"10:15\", \"end\": \"09:00\"",
                        "09:00", C1E1 + ".times[0].end", "end 09:00 must be after start 10:15"),
                bad("end and length", "\"start\": \"10:15\", \"end\": \"12:00\"",
                        "\"start\": \"10:15\", \"end\": \"12:00\", \"length\": 105", "\"length\"",
                        C1E1 + ".times[0]", "give either \"end\" or \"length\", not both"),
                bad("past midnight", "\"start\": \"10:15\", \"end\": \"12:00\"", "\"start\": \"23:30\", \"length\": 60",
                        "23:30", C1E1 + ".times[0]", "ends after the end of the day"),
                bad("clock off the grid", "\"start\": \"10:15\", \"end\"", "\"start\": \"10:17\", \"end\"", "10:17",
                        C1E1 + ".times[0].start", "'10:17' is not on the 5-minute grid"),
                bad("clock not a clock", "{\"days\": \"Tue\", \"start\": \"08:15\"", "{\"days\": \"Tue\", \"start\": \"8.15\"",
                        "8.15", "timeSets.morning[1].start", "'8.15' is not a clock time like 08:15"),
                bad("bad days", "\"days\": \"Wed\"", "\"days\": \"Wed,Funday\"", "Funday",
                        C1E1 + ".times[0].days", "'Funday' is not a day of this calendar"),
                bad("bad weeks", "\"weeks\": \"1-2\"", "\"weeks\": \"1-3\"", "1-3",
                        C1E1 + ".times[0].weeks", "week 3 is outside 1-2"),
                bad("bad distribution type", "\"type\": \"NotOverlap\"", "\"type\": \"NoOverlap\"", "NoOverlap",
                        "distributions[0].type", "unknown distribution type 'NoOverlap'"),
                bad("bad parameter count", "\"MaxBreaks(1,6)\"", "\"MaxBreaks(1)\"", "MaxBreaks",
                        "distributions[1].type", "MaxBreaks takes 2 parameter(s), got 1"),
                bad("soft rule without penalty", ", \"penalty\": 3}", "}", "MaxBreaks",
                        "distributions[1]", "missing field \"penalty\""),
                bad("travel off the grid", "\"minutes\": 10", "\"minutes\": 7", "\"minutes\": 7",
                        "travel[0].minutes", "must be a multiple of the 5-minute slot, got 7"),
                bad("unknown building", "\"to\": \"South\"", "\"to\": \"East\"", "East",
                        "travel[0].to", "unknown room or building \"East\" (buildings: North, South)"),
                bad("bad teacher kind", "\"name\": \"Ann\"}", "\"name\": \"Ann\", \"kind\": \"freelance\"}", "freelance",
                        "teachers[0] (id \"T1\").kind", "must be \"internal\" or \"external\", got \"freelance\""),
                bad("room lacks a feature", "\"parent\": \"C1-L\",", "\"parent\": \"C1-L\", \"requiredFeatures\": [\"video\"],",
                        "{\"room\": \"R2\"}", C1E1 + ".rooms[0]", "room R2 lacks the required feature(s) [video]"),
                bad("rooms without needing one", "\"needsRoom\": false, \"timeSet\": \"morning\"",
                        "\"needsRoom\": false, \"timeSet\": \"morning\", \"rooms\": [{\"room\": \"R1\"}]", "\"needsRoom\"",
                        C2L + ".rooms", "a section with \"needsRoom\": false takes no rooms"),
                bad("section of a course not taken", "\"courses\": [\"C1\", \"C2\"]}",
                        "\"courses\": [\"C2\"], \"sections\": [\"C1-E1\"]}", "\"group\"",
                        "students[1] (id \"S2\").sections[0]", "section C1-E1 belongs to course C1, which the student does not take"),
                bad("unknown curriculum section", "\"students\": [",
                        "\"curricula\": [{\"id\": \"Q\", \"sections\": [\"C1-L\", \"C9\"]}], \"students\": [", "C9",
                        "curricula[0] (id \"Q\").sections[1]", "unknown section 'C9'"),
                bad("curriculum twice", "\"students\": [", "\"curricula\": [{\"id\": \"Q\", \"sections\": [\"C1-L\"]},"
                        + " {\"id\": \"Q\", \"sections\": [\"C2-L\"]}], \"students\": [", "\"curricula\"",
                        "curricula[1] (id \"Q\").id", "duplicate curriculum id \"Q\""),
                bad("negative minimum days", "{\"id\": \"C2\", \"configs\"", "{\"id\": \"C2\", \"minDays\": -1, \"configs\"",
                        "minDays", "courses[1] (id \"C2\").minDays", "must not be negative, got -1"),
                // Rules the model checks itself come back with the place of the element being built.
                bad("calendar rule", "\"weeks\": 2, \"days\": 5", "\"weeks\": 0, \"days\": 5", "\"weeks\": 0",
                        "calendar", "weeks must be between 1 and 64, got 0"),
                bad("builder rule", "{\"id\": \"C1\", \"configs\": [{\"id\": \"1\", \"subparts\": [",
                        "{\"id\": \"C1\", \"configs\": [{\"id\": \"1\"}, {\"id\": \"1\", \"subparts\": [",
                        "{\"id\": \"C1\"", "courses[0] (id \"C1\").configs[1] (id \"1\")", "duplicate config id '1' in course C1"));
    }

    private static Arguments bad(String name, String from, String to, String marker, String field, String message) {
        return Arguments.of(name, from, to, marker, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEdits")
    void badInputNamesFileLineAndField(String name, String from, String to, String marker, String field, String message) {
        String text = edit(PROBLEM, from, to);
        Path file = write(dir.resolve("bad.json"), text);
        InputException error = problemError(file);
        int line = lineOf(text, marker);
        assertThat(error.getMessage())
                .startsWith(file + ":" + line + ": ")
                .contains(field + ": ")
                .contains(message)
                .doesNotContain("\n");
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.field()).endsWith(field);
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        String text = edit(PROBLEM, "\"capacity\": 40, \"building\"", "\"capacity\": 40 \"building\"");
        Path file = write(dir.resolve("syntax.json"), text);
        InputException error = problemError(file);
        int line = lineOf(text, "40 \"building\"");
        int column = columnOf(text, "\"building\": \"North\"");
        assertThat(error.getMessage()).isEqualTo(file + ":" + line + ":" + column
                + ": JSON syntax error: found a string where ',' was expected (a comma missing before it?)");
    }

    @Test
    void trailingCommaIsASyntaxError() {
        String text = edit(PROBLEM, "\"features\": [\"lab\"]", "\"features\": [\"lab\",]");
        InputException error = problemError(write(dir.resolve("comma.json"), text));
        assertThat(error.line()).isEqualTo(lineOf(text, "[\"lab\",]"));
        assertThat(error.getMessage()).contains("found ']' where a value was expected (a comma too many before it?)");
    }

    @Test
    void singleQuotesAreASyntaxError() {
        String text = edit(PROBLEM, "\"name\": \"Ann\"", "'name': \"Ann\"");
        InputException error = problemError(write(dir.resolve("quotes.json"), text));
        assertThat(error.line()).isEqualTo(lineOf(text, "'name'"));
        assertThat(error.getMessage()).contains("need double quotes");
    }

    @Test
    void truncatedFileIsASyntaxErrorAtTheEnd() {
        String text = PROBLEM.substring(0, PROBLEM.indexOf("\"students\""));
        InputException error = problemError(write(dir.resolve("cut.json"), text));
        assertThat(error.line()).isEqualTo(text.split("\n", -1).length);
        assertThat(error.getMessage()).contains("JSON syntax error").contains("the end of the file");
    }

    @Test
    void textAfterTheObjectIsASyntaxError() {
        InputException error = problemError(write(dir.resolve("tail.json"), PROBLEM + "{}\n"));
        assertThat(error.getMessage()).contains("after the end of the document");
    }

    @Test
    void deepNestingIsASyntaxErrorNotACrash() {
        String text = "{\"format\": \"skema-problem\", \"version\": 1, \"x\": " + "[".repeat(3000) + "]".repeat(3000) + "}";
        InputException error = problemError(write(dir.resolve("deep.json"), text));
        assertThat(error.getMessage()).contains("deep.json:1:").contains("nested too deeply");
    }

    @Test
    void emptyFileIsRejected() {
        Path file = write(dir.resolve("empty.json"), "");
        assertThat(problemError(file).getMessage()).isEqualTo(file + ": the file is empty (expected a JSON object)");
        Path blank = write(dir.resolve("blank.json"), "\uFEFF  \n\n");
        assertThat(problemError(blank).getMessage()).contains("the file is empty");
    }

    @Test
    void missingFileIsRejected() {
        Path file = dir.resolve("nowhere.json");
        assertThat(problemError(file).getMessage()).isEqualTo(file + ": cannot read the file: no such file or folder");
    }

    @Test
    void byteOrderMarkIsAccepted() {
        byte[] text = PROBLEM.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Problem problem = JsonFormat.readProblem(write(dir.resolve("bom.json"), withBom));
        assertThat(problem.name()).isEqualTo("mini");
    }

    @Test
    void invalidUtf8IsRejectedWithItsLine() {
        String text = edit(PROBLEM, "\"name\": \"Ann\"", "\"name\": \"Ann#\"");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int hash = text.indexOf('#');
        bytes[hash] = (byte) 0xE9; // "é" in Latin-1, not valid UTF-8 on its own
        InputException error = problemError(write(dir.resolve("latin1.json"), bytes));
        int line = lineOf(text, "Ann#");
        assertThat(error.getMessage()).isEqualTo(dir.resolve("latin1.json") + ":" + line + ":" + columnOf(text, "#")
                + ": not valid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    @Test
    void missingFormatIsRejected() {
        String text = edit(PROBLEM, "\"format\": \"skema-problem\",\n", "");
        Path file = write(dir.resolve("noformat.json"), text);
        assertThat(problemError(file).getMessage())
                .isEqualTo(file + ":1: missing field \"format\" (expected \"format\": \"skema-problem\")");
    }

    @Test
    void wrongFormatIsRejected() {
        String text = edit(PROBLEM, "\"skema-problem\"", "\"skema-solution\"");
        Path file = write(dir.resolve("solution.json"), text);
        assertThat(problemError(file).getMessage()).isEqualTo(file + ":2: format: expected \"skema-problem\","
                + " got the string \"skema-solution\" (this is a skema-solution file)");
    }

    @Test
    void unsupportedVersionIsRejected() {
        String text = edit(PROBLEM, "\"version\": 1", "\"version\": 2");
        Path file = write(dir.resolve("v2.json"), text);
        assertThat(problemError(file).getMessage())
                .isEqualTo(file + ":3: version: unsupported version 2 (this Skema reads version 1)");
        Path noVersion = write(dir.resolve("v0.json"), edit(PROBLEM, "\"version\": 1,\n", ""));
        assertThat(problemError(noVersion).getMessage()).contains("missing field \"version\"");
    }

    @Test
    void topLevelMustBeAnObject() {
        Path file = write(dir.resolve("array.json"), "[1, 2]\n");
        assertThat(problemError(file).getMessage())
                .isEqualTo(file + ":1: expected a JSON object { ... } at the top, got a list");
    }

    @Test
    void parentCycleIsRejected() {
        String text = edit(PROBLEM, "{\"id\": \"C1-L\", \"limit\": 40,", "{\"id\": \"C1-L\", \"limit\": 40, \"parent\": \"C1-E1\",");
        InputException error = problemError(write(dir.resolve("cycle.json"), text));
        assertThat(error.line()).isEqualTo(lineOf(text, "\"parent\": \"C1-E1\""));
        assertThat(error.getMessage()).contains(C1L + ".parent: parents form a cycle: C1-L -> C1-E1 -> C1-L");
    }
}
