package org.skema.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * One run of the CLI in a child JVM, for faults that only a real process shows (heap, exit status,
 * launcher): its exit code, what it printed and how long it took.
 */
record ChildRun(int exitCode, String out, String err, Duration took) {
    private static final Path LAUNCHER = Path.of("bin/skema");
    private static final Path FIND_JDK = Path.of("bin/find-jdk");

    /** {@code java JVM_OPTIONS -cp (this build) SkemaCli ARGS}. */
    static ChildRun java(Path dir, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // The release's log configuration, not the tests' own (logback-test.xml wins on the test class path).
        command.add("-Dlogback.configurationFile=" + SkemaCli.class.getClassLoader().getResource("logback.xml"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SkemaCli.class.getName()));
        command.addAll(Arrays.asList(args));
        return run(new ProcessBuilder(command), dir);
    }

    /**
     * {@code bin/skema ARGS} with these environment variables (the heap settings of the test's own
     * environment removed), through a copy of the launcher whose jar runs this build's classes:
     * during {@code make test} target/skema.jar is not built yet, or is an old one.
     */
    static ChildRun launcher(Path dir, Map<String, String> environment, String... args) {
        Path root = dir.resolve("skema-home");
        try {
            Files.createDirectories(root.resolve("bin"));
            Files.createDirectories(root.resolve("target"));
            for (Path script : List.of(LAUNCHER, FIND_JDK)) {
                Path copy = root.resolve(script);
                Files.copy(script, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            writeJar(root.resolve("target/skema.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(root.resolve(LAUNCHER).toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeAll(List.of("SKEMA_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        return run(builder, dir);
    }

    /** stderr without the JVM's own notices of picked-up options, which Skema cannot suppress. */
    List<String> errLines() {
        return err.lines().filter(line -> !line.startsWith("Picked up ") && !line.startsWith("NOTE: Picked up "))
                .toList();
    }

    /** A jar with only a manifest: this build's classes and libraries (not the tests') on its class path. */
    private static void writeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, SkemaCli.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                        .filter(entry -> !entry.endsWith("test-classes"))
                        .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
                        .collect(Collectors.joining(" ")));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.flush();
        }
    }

    private static ChildRun run(ProcessBuilder builder, Path dir) {
        Path out = dir.resolve("child-stdout.txt");
        Path err = dir.resolve("child-stderr.txt");
        long started = System.nanoTime();
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the child did not end within 180 s: " + Files.readString(err));
            }
            ChildRun run = new ChildRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - started));
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
