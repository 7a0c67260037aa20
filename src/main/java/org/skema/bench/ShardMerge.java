package org.skema.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.skema.io.InputException;

/**
 * Puts the shards of one benchmark back together: the output folders of {@code bench --shard I/N}
 * for every I, all of the same suite file, commit and settings. The runs come out in the suite's
 * order, as one unsplit run lists them, so the merged report is the one the whole suite would give.
 *
 * @param runs       every shard's runs, in the suite's order, with their best-score histories
 * @param statsFiles the runs' statistics files (histories for a later --report-from), where they exist
 * @param notRun     runs of the suite that no shard ran (their dataset was missing where the shard ran)
 */
public record ShardMerge(Suite suite, ShardManifest manifest, List<BenchRun> runs, List<Path> statsFiles,
        List<PlannedRun> notRun) {

    /** @throws InputException naming the folder that is missing, of another benchmark, or a repeat */
    public static ShardMerge of(List<Path> folders) {
        List<ShardManifest> manifests = new ArrayList<>();
        for (Path folder : folders) {
            for (String file : List.of(ShardManifest.FILE, ShardManifest.SUITE_COPY, "runs.csv")) {
                if (!Files.isRegularFile(folder.resolve(file))) {
                    throw new InputException(folder.resolve(file).toString(), 0, null,
                            "missing: " + folder + " is not the output folder of a finished skema bench run");
                }
            }
            manifests.add(ShardManifest.read(folder.resolve(ShardManifest.FILE)));
        }
        Path first = folders.get(0);
        ShardManifest reference = manifests.get(0);
        Map<Integer, Path> byIndex = new HashMap<>();
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            ShardManifest manifest = manifests.get(i);
            requireSame(first, reference, folder, manifest);
            Path other = byIndex.putIfAbsent(manifest.shard().index(), folder);
            if (other != null) {
                throw new InputException(folder.resolve(ShardManifest.FILE).toString(), 0, "shard",
                        "shard " + manifest.shard() + " is also " + other + "; give each shard once");
            }
        }
        List<String> missing = new ArrayList<>();
        for (int index = 1; index <= reference.shard().count(); index++) {
            if (!byIndex.containsKey(index)) {
                missing.add(index + "/" + reference.shard().count());
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(first.resolve(ShardManifest.FILE).toString(), 0, "shard",
                    "shard(s) " + String.join(", ", missing) + " of this benchmark are missing; merge all "
                            + reference.shard().count() + " folders");
        }
        Suite suite = Suite.read(first.resolve(ShardManifest.SUITE_COPY));
        List<PlannedRun> plan = suite.plannedRuns(reference.runsPerSeed());
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            position.put(key(plan.get(i).entry().instance(), plan.get(i).seed()), i);
        }
        Map<Integer, BenchRun> runs = new HashMap<>();
        List<Path> statsFiles = new ArrayList<>();
        for (Path folder : folders) {
            Path runsCsv = folder.resolve("runs.csv");
            for (BenchRun run : StoredRuns.read(runsCsv)) {
                Integer at = position.get(key(run.instance(), run.seed()));
                if (at == null || !run.suite().equals(suite.name())) {
                    throw new InputException(runsCsv.toString(), 0, null, "run " + run.instance() + " seed "
                            + run.seed() + " of suite " + run.suite() + " is not a run of this suite");
                }
                if (runs.putIfAbsent(at, run) != null) {
                    throw new InputException(runsCsv.toString(), 0, null, "run " + run.instance() + " seed "
                            + run.seed() + " is in two shards");
                }
                Path stats = folder.resolve(BenchRunner.stem(run.instance(), run.seed()) + ".stats.json");
                if (Files.isRegularFile(stats)) {
                    statsFiles.add(stats);
                }
            }
        }
        List<PlannedRun> notRun = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            if (!runs.containsKey(i)) {
                notRun.add(plan.get(i));
            }
        }
        List<BenchRun> ordered = runs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).toList();
        return new ShardMerge(suite, reference, ordered, statsFiles, notRun);
    }

    private static void requireSame(Path firstFolder, ShardManifest first, Path folder, ShardManifest manifest) {
        String file = folder.resolve(ShardManifest.FILE).toString();
        differ(file, "suite", first.suite(), manifest.suite(), firstFolder);
        differ(file, "suite file", first.suiteSha256(), manifest.suiteSha256(), firstFolder);
        differ(file, "commit", first.commit(), manifest.commit(), firstFolder);
        differ(file, "number of shards", String.valueOf(first.shard().count()),
                String.valueOf(manifest.shard().count()), firstFolder);
        first.settings().keySet().stream().sorted(Comparator.naturalOrder()).forEach(option ->
                differ(file, option, first.settings().get(option), manifest.settings().get(option), firstFolder));
        manifest.settings().keySet().forEach(option ->
                differ(file, option, first.settings().get(option), manifest.settings().get(option), firstFolder));
    }

    private static void differ(String file, String what, String expected, String actual, Path firstFolder) {
        if (!Objects.equals(expected, actual)) {
            throw new InputException(file, 0, null, "not a shard of the same benchmark as " + firstFolder + ": "
                    + what + " " + shown(actual) + " against " + shown(expected));
        }
    }

    private static String shown(String value) {
        return value == null ? "(unset)" : value.isEmpty() ? "(none)" : value.length() == 64 ? value.substring(0, 12)
                : "'" + value + "'";
    }

    private static String key(String instance, long seed) {
        return instance + "\u0000" + seed;
    }
}
