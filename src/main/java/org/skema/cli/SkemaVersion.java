package org.skema.cli;

import java.util.Locale;
import picocli.CommandLine.IVersionProvider;

/** {@code skema --version}: the version, and the Java and heap size in use, so a heap setting can be checked. */
final class SkemaVersion implements IVersionProvider {
    static final String VERSION = "skema 0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {VERSION, String.format(Locale.ROOT, "Java %s, heap up to %,d MB (set it with SKEMA_JAVA_OPTS=-Xmx8g)",
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20)};
    }
}
