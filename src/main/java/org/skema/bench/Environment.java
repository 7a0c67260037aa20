package org.skema.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Where a benchmark ran: the git commit, the JVM and the machine, recorded with every run. */
public record Environment(String commit, String jvm, String machine) {

    public static Environment detect(Path projectRoot) {
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
        String machine = String.format(Locale.ROOT, "%s, %d cores, %d GiB, %s %s", cpuModel(),
                Runtime.getRuntime().availableProcessors(), totalMemoryGib(), System.getProperty("os.name"),
                System.getProperty("os.arch"));
        return new Environment(gitCommit(projectRoot), jvm, machine);
    }

    private static String gitCommit(Path projectRoot) {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty", "--abbrev=10")
                    .directory(projectRoot.toFile()).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 && !out.isEmpty()) {
                return out;
            }
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "unknown";
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
        return "unknown CPU";
    }

    private static long totalMemoryGib() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
        }
        return 0;
    }
}
