package org.skema.solver.lns;

import com.google.ortools.Loader;

/** Loads OR-Tools' native library once per JVM, for every CP-SAT model Skema builds. */
public final class OrTools {
    private static boolean loaded;

    private OrTools() {
    }

    public static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }
}
