package org.skema.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skema.cli.SkemaCli;

/**
 * Seeded, reproducible fuzzing of the readers: mutates a good file in many ways (truncation, bit
 * flips, deleted, duplicated and swapped lines and tokens, huge numbers, odd values, deep nesting,
 * empty files, UTF-16 and Latin-1 bytes, random bytes) and demands that reading each result either
 * succeeds or fails with one {@link InputException} whose message is one line naming a file and
 * saying what is wrong. Any other exception or error is a reader bug: the failures are collected
 * with the seed, case and mutation that reproduce them, and each mutated file is kept under
 * target/fuzz-failures.
 */
public final class Fuzz {
    /** Every mutation, in the order cases cycle through them. */
    public enum Mutation {
        TRUNCATE, BIT_FLIP, DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, SWAP_TOKENS, HUGE_NUMBER, ODD_VALUE,
        DELETE_RANGE, INSERT_GARBAGE, DEEP_NESTING, LATIN1, UTF16, RANDOM_BYTES, EMPTY
    }

    private static final Pattern TOKEN = Pattern.compile("\"[^\"\\n]*\"|[\\p{L}\\p{N}_.:+-]+|[^\\s\\p{L}\\p{N}]");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");
    private static final String[] HUGE = {"99999999999999999999999999", "2147483648", "-2147483649", "-1", "0",
        "9223372036854775808", "1e999", "-0", "4294967296", "1.5", "NaN", "0x10"};
    private static final String[] ODD = {"", "null", "[]", "{}", "true", "\"\"", "-", ";", ",", "\"", "<", ">", "&",
        "&amp;", "]]>", "<!--", "\\", "\\u0000", "\u0000", "\t", "\r", "é", "\uD83D\uDE00", "\uFEFF", "'", "=1+1"};
    private static final String GARBAGE = "{}[]<>\"',;:=&#%\\/ \t\r\nabc019é";

    private final String name;
    private final long seed;
    private final List<String> failures = new ArrayList<>();
    private final Map<Mutation, Integer> counts = new LinkedHashMap<>();
    private int cases;
    private int accepted;
    private int cliRuns;

    /** @param name names the reader in reports and in the folder of kept failures */
    public Fuzz(String name, long seed) {
        this.name = name;
        this.seed = seed;
    }

    /** A reader under test: reads the file (or the folder it is in) and returns anything, or throws. */
    @FunctionalInterface
    public interface Reader {
        Object read(Path file) throws Exception;
    }

    /**
     * Mutates {@code original} {@code count} times into {@code target} (overwritten each time; the
     * reader may read more files beside it) and reads each result.
     *
     * @param cli for one case in {@code cliEvery}, the command line that reads {@code target}; null for none.
     *            Choose {@code cliEvery} prime to the number of mutations, so that every mutation gets its turn.
     */
    public void run(byte[] original, Path target, int count, Reader reader, Function<Path, String[]> cli,
            int cliEvery) {
        for (int i = 0; i < count; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            Mutation mutation = Mutation.values()[i % Mutation.values().length];
            byte[] mutated = mutate(original, mutation, random);
            write(target, mutated);
            cases++;
            counts.merge(mutation, 1, Integer::sum);
            String where = name + " seed " + seed + " case " + i + " " + mutation;
            try {
                reader.read(target);
                accepted++;
            } catch (InputException e) {
                String message = e.getMessage();
                if (e.file() == null || e.file().isBlank() || e.detail() == null || e.detail().isBlank()
                        || message.contains("\n") || message.contains("\r")) {
                    fail(where, "unclear message: " + message, mutated);
                }
            } catch (Throwable e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                fail(where, e + "\n" + trace.toString().lines().limit(12).reduce("", (a, b) -> a + "\n" + b), mutated);
            }
            if (cli != null && i % cliEvery == 0) {
                checkCli(where, cli.apply(target), mutated);
            }
        }
    }

    /** Through the command line: exit 0, 1 or 2, and a failure is exactly one line on stderr. */
    private void checkCli(String where, String[] args, byte[] mutated) {
        cliRuns++;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // Libraries that print to the process's stderr behind the CLI's back break the one-line promise too.
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream systemErr = System.err;
        int code;
        try {
            System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
            code = SkemaCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        } finally {
            System.setErr(systemErr);
        }
        List<String> lines = (stray.toString(StandardCharsets.UTF_8) + err).lines()
                .filter(line -> !line.isBlank()).toList();
        if (code == 3 || code < 0 || code > 3) {
            fail(where + " (CLI)", "exit " + code + ": " + err, mutated);
        } else if (code == 2 && (lines.size() != 1 || !lines.get(0).startsWith("skema: "))) {
            fail(where + " (CLI)", "exit 2 with stderr " + lines, mutated);
        }
    }

    private void fail(String where, String what, byte[] mutated) {
        Path kept = Path.of("target", "fuzz-failures", name + "-" + seed + "-" + failures.size());
        write(kept, mutated);
        failures.add(where + " (kept as " + kept + "): " + what);
    }

    /** Fails with every failure found; passes when each case was read or refused cleanly. */
    public void assertNoCrash() {
        assertThat(failures).as(name + ": %d cases (%d read, %d refused, %d through the CLI), by mutation %s",
                cases, accepted, cases - accepted, cliRuns, counts).isEmpty();
    }

    public int cases() {
        return cases;
    }

    public static byte[] mutate(byte[] original, Mutation mutation, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        return switch (mutation) {
            case TRUNCATE -> java.util.Arrays.copyOf(original, original.length == 0 ? 0 : random.nextInt(original.length));
            case BIT_FLIP -> {
                byte[] copy = original.clone();
                for (int flips = 1 + random.nextInt(3); flips > 0 && copy.length > 0; flips--) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
                }
                yield copy;
            }
            case DELETE_LINE -> utf8(lines(text, random, (lines, i) -> lines.remove(i)));
            case DUPLICATE_LINE -> utf8(lines(text, random, (lines, i) -> lines.add(i, lines.get(i))));
            case SWAP_LINES -> utf8(lines(text, random, (lines, i) -> {
                int j = random.nextInt(lines.size());
                String line = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, line);
            }));
            case SWAP_TOKENS -> utf8(swapTokens(text, random));
            case HUGE_NUMBER -> utf8(replaceMatch(text, NUMBER, HUGE[random.nextInt(HUGE.length)], random));
            case ODD_VALUE -> utf8(replaceMatch(text, TOKEN, ODD[random.nextInt(ODD.length)], random));
            case DELETE_RANGE -> {
                if (original.length == 0) {
                    yield original;
                }
                int from = random.nextInt(original.length);
                int to = Math.min(original.length, from + 1 + random.nextInt(200));
                byte[] copy = new byte[original.length - (to - from)];
                System.arraycopy(original, 0, copy, 0, from);
                System.arraycopy(original, to, copy, from, original.length - to);
                yield copy;
            }
            case INSERT_GARBAGE -> {
                StringBuilder garbage = new StringBuilder();
                for (int n = 1 + random.nextInt(20); n > 0; n--) {
                    garbage.append(GARBAGE.charAt(random.nextInt(GARBAGE.length())));
                }
                int at = random.nextInt(text.length() + 1);
                yield utf8(text.substring(0, at) + garbage + text.substring(at));
            }
            case DEEP_NESTING -> {
                String open = random.nextBoolean() ? "[" : random.nextBoolean() ? "{\"a\":" : "<a>";
                int at = random.nextInt(text.length() + 1);
                yield utf8(text.substring(0, at) + open.repeat(20_000 + random.nextInt(30_000)) + text.substring(at));
            }
            case LATIN1 -> {
                // A file saved by a Windows tool as Latin-1: accented letters are single bytes.
                String accented = replaceMatch(text, Pattern.compile("[a-zA-Z]"), "é", random) + "ø";
                yield accented.getBytes(StandardCharsets.ISO_8859_1);
            }
            case UTF16 -> text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16 // with a byte-order mark
                    : random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            case RANDOM_BYTES -> {
                byte[] bytes = new byte[random.nextInt(2000)];
                random.nextBytes(bytes);
                yield bytes;
            }
            case EMPTY -> random.nextBoolean() ? new byte[0] : utf8(" \n\t\r\n");
        };
    }

    private interface LineEdit {
        void apply(List<String> lines, int index);
    }

    private static String lines(String text, Random random, LineEdit edit) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        edit.apply(lines, random.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    private static String swapTokens(String text, Random random) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        if (spans.size() < 2) {
            return text;
        }
        int[] a = spans.get(random.nextInt(spans.size()));
        int[] b = spans.get(random.nextInt(spans.size()));
        if (a[0] > b[0]) {
            int[] swap = a;
            a = b;
            b = swap;
        }
        if (a == b || a[1] > b[0]) {
            return text;
        }
        return text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
                + text.substring(a[0], a[1]) + text.substring(b[1]);
    }

    private static String replaceMatch(String text, Pattern pattern, String replacement, Random random) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        if (spans.isEmpty()) {
            return text + replacement;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return text.substring(0, span[0]) + replacement + text.substring(span[1]);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
