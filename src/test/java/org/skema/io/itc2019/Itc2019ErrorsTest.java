package org.skema.io.itc2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.io.InputException;
import org.skema.io.SolutionFile;
import org.skema.model.Problem;

/**
 * Bad ITC 2019 files are refused with one InputException naming the file, the line and the element
 * or attribute. The files are small and written here: a problem with two rooms, two classes (one
 * without a room, child of the other) and two students, and a solution for it.
 */
class Itc2019ErrorsTest {
    private static final String BOM = "\uFEFF";
    static final String DOCTYPE = "<!DOCTYPE problem PUBLIC \"-//ITC 2019//DTD Problem Format/EN\" "
            + "\"http://www.itc2019.org/competition-format.dtd\">\n";
    static final String PROBLEM = """
            <?xml version="1.0" encoding="UTF-8"?>
            %s<problem name="tiny" nrDays="7" nrWeeks="2" slotsPerDay="288">
              <optimization time="1" room="1" distribution="1" student="1"/>
              <rooms>
                <room id="1" capacity="10"/>
                <room id="2" capacity="20">
                  <travel room="1" value="2"/>
                </room>
              </rooms>
              <courses>
                <course id="1">
                  <config id="1">
                    <subpart id="1">
                      <class id="1" limit="10">
                        <room id="1" penalty="0"/>
                        <room id="2" penalty="3"/>
                        <time days="1000000" start="96" length="12" weeks="11" penalty="0"/>
                        <time days="0100000" start="96" length="12" weeks="11" penalty="2"/>
                      </class>
                    </subpart>
                    <subpart id="2">
                      <class id="2" limit="10" parent="1" room="false">
                        <time days="0010000" start="120" length="24" weeks="01"/>
                      </class>
                    </subpart>
                  </config>
                </course>
              </courses>
              <distributions>
                <distribution type="NotOverlap" required="true">
                  <class id="1"/>
                  <class id="2"/>
                </distribution>
              </distributions>
              <students>
                <student id="1"><course id="1"/></student>
                <student id="2"><course id="1"/></student>
              </students>
            </problem>
            """;
    static final String SOLUTION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <solution name="tiny" runtime="1.5" cores="1" technique="t" author="a" institution="i" country="c">
              <class id="1" days="0100000" start="96" weeks="11" room="2">
                <student id="1"/>
              </class>
              <class id="2" days="0010000" start="120" weeks="01">
                <student id="1"/>
              </class>
            </solution>
            """;

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Problem tiny() throws IOException {
        return Itc2019ProblemReader.read(file("tiny.xml", BOM + PROBLEM.formatted(DOCTYPE)));
    }

    private void assertProblemError(String text, String expected) throws IOException {
        Path file = file("problem.xml", text);
        assertThatThrownBy(() -> Itc2019ProblemReader.read(file)).isInstanceOf(InputException.class)
                .hasMessage(file + expected);
    }

    private void assertSolutionError(String text, String expected) throws IOException {
        Problem problem = tiny();
        Path file = file("solution.xml", text);
        assertThatThrownBy(() -> Itc2019SolutionReader.read(file, problem)).isInstanceOf(InputException.class)
                .hasMessage(file + expected);
    }

    @Test
    void readsTheTinyProblemWithAndWithoutByteOrderMarkAndDoctype() throws IOException {
        Problem problem = tiny();
        assertThat(problem.sections()).hasSize(2);
        assertThat(problem.section("2").parent()).isSameAs(problem.section("1"));
        assertThat(problem.section("2").needsRoom()).isFalse();
        assertThat(problem.section("2").times().get(0).penalty()).as("missing penalty").isZero();
        assertThat(problem.travel().between(problem.room("1"), problem.room("2"))).isEqualTo(2);
        assertThat(problem.travel().between(problem.room("2"), problem.room("1"))).isEqualTo(2);
        Problem plain = Itc2019ProblemReader.read(file("plain.xml", PROBLEM.formatted("")));
        org.skema.ProblemAssert.assertSameProblem(plain, problem);

        SolutionFile solution = Itc2019SolutionReader.read(file("solution.xml", SOLUTION), problem);
        assertThat(solution.assignments().get(0).time().penalty()).isEqualTo(2);
        assertThat(solution.assignments().get(0).room().penalty()).isEqualTo(3);
        assertThat(solution.enrolments()).hasSize(2);
        assertThat(solution.enrolments().get(0)).extracting(s -> s.id()).containsExactly("1", "2");
        assertThat(solution.enrolments().get(1)).isEmpty();
    }

    @Test
    void malformedXml() throws IOException {
        assertProblemError(PROBLEM.formatted("").replace("</rooms>", "</room>"),
                ":9:5: malformed XML: The element type \"rooms\" must be terminated by the matching end-tag \"</rooms>\".");
    }

    @Test
    void aMissingAttribute() throws IOException {
        assertProblemError(PROBLEM.formatted("").replace("<class id=\"1\" limit=\"10\">", "<class id=\"1\">"),
                ":14: <class limit>: missing attribute on <class>");
        assertSolutionError(SOLUTION.replace(" start=\"120\"", ""), ":6: <class start>: missing attribute on <class>");
    }

    @Test
    void aNumberThatIsNotOne() throws IOException {
        assertProblemError(PROBLEM.formatted("").replace("capacity=\"20\"", "capacity=\"twenty\""),
                ":6: <room capacity>: 'twenty' is not a whole number");
    }

    @Test
    void unknownIdsInTheProblem() throws IOException {
        assertProblemError(PROBLEM.formatted("").replace("<room id=\"2\" penalty=\"3\"/>", "<room id=\"7\" penalty=\"3\"/>"),
                ":16: <room id>: unknown room '7'");
        assertProblemError(PROBLEM.formatted("").replace("parent=\"1\"", "parent=\"9\""),
                ":22: <class parent>: unknown class '9' (parent of class 2)");
        assertProblemError(PROBLEM.formatted("").replace("<student id=\"2\"><course id=\"1\"/>", "<student id=\"2\"><course id=\"5\"/>"),
                ":37: <course id>: unknown course '5'");
    }

    @Test
    void unknownIdsInTheSolution() throws IOException {
        assertSolutionError(SOLUTION.replace("<class id=\"2\"", "<class id=\"3\""), ":6: <class id>: unknown class '3'");
        assertSolutionError(SOLUTION.replace("room=\"2\"", "room=\"9\""),
                ":3: <class room>: room '9' is not an option of class 1");
        assertSolutionError(SOLUTION.replace("<student id=\"1\"/>\n  </class>\n</solution>",
                "<student id=\"8\"/>\n  </class>\n</solution>"), ":7: <student id>: unknown student '8'");
    }

    @Test
    void aTimeThatIsNotAnOption() throws IOException {
        assertSolutionError(SOLUTION.replace("start=\"96\"", "start=\"97\""),
                ":3: <class start>: class 1 has no time option with days 0100000, start 97 and weeks 11");
        assertSolutionError(SOLUTION.replace("weeks=\"01\"", "weeks=\"10\""),
                ":6: <class start>: class 2 has no time option with days 0010000, start 120 and weeks 10");
    }

    @Test
    void aRoomThatIsNotAnOption() throws IOException {
        assertSolutionError(SOLUTION.replace("weeks=\"01\"", "weeks=\"01\" room=\"1\""),
                ":6: <class room>: class 2 takes no room");
    }

    @Test
    void anEntityExpansionBombIsRefused() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        String bomb = PROBLEM.formatted("<!DOCTYPE problem [\n" + entities + "]>\n").replace("name=\"tiny\"", "name=\"&lol9;\"");
        assertProblemError(bomb, ":13: <!DOCTYPE>: entity declarations (<!ENTITY ...>) are not allowed");
    }

    @Test
    void anExternalEntityIsRefused() throws IOException {
        Path secret = file("secret.txt", "do not read me");
        String xxe = PROBLEM.formatted("<!DOCTYPE problem [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n")
                .replace("name=\"tiny\"", "name=\"&xxe;\"");
        assertProblemError(xxe, ":2: <!DOCTYPE>: entity declarations (<!ENTITY ...>) are not allowed");
    }

    @Test
    void anExternalDtdIsNeverRead() throws IOException {
        Path dtd = file("evil.dtd", "<!ENTITY name \"from the dtd\">");
        Problem problem = Itc2019ProblemReader.read(file("problem.xml",
                PROBLEM.formatted("<!DOCTYPE problem SYSTEM \"" + dtd.toUri() + "\">\n")));
        assertThat(problem.name()).isEqualTo("tiny");
        Path missing = dir.resolve("missing.dtd");
        assertThat(Itc2019ProblemReader.read(file("problem2.xml",
                PROBLEM.formatted("<!DOCTYPE problem SYSTEM \"" + missing.toUri() + "\">\n"))).name()).isEqualTo("tiny");
    }

    /** Bad bytes are one clear error, before the JDK's parser can print a complaint of its own to stderr. */
    @Test
    void aByteThatIsNotUtf8IsOneClearErrorAndDeclaredEncodingsAreRead() throws IOException {
        Path latin1 = dir.resolve("latin1.xml");
        Files.write(latin1, PROBLEM.formatted("").replace("name=\"tiny\"", "name=\"t\u00e9\"")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Itc2019ProblemReader.read(latin1)).isInstanceOf(InputException.class)
                .hasMessage(latin1 + ":2:17: not valid UTF-8 (byte 0xE9); save the file as UTF-8");
        Files.write(latin1, PROBLEM.formatted("").replace("UTF-8", "ISO-8859-1").replace("name=\"tiny\"",
                "name=\"t\u00e9\"").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Itc2019ProblemReader.read(latin1).name()).isEqualTo("t\u00e9");
        Path utf16 = dir.resolve("utf16.xml");
        Files.write(utf16, PROBLEM.formatted("").replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16));
        assertThat(Itc2019ProblemReader.read(utf16).name()).isEqualTo("tiny");
        Files.write(utf16, PROBLEM.formatted("").replace("UTF-8", "EBCDIC-7").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Itc2019ProblemReader.read(utf16)).hasMessage(utf16
                + ":1: unsupported encoding 'EBCDIC-7' in the XML declaration; save the file as UTF-8");
    }
}
