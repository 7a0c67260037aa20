package org.skema.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skema.io.AtomicFiles;
import org.skema.io.InputException;
import org.skema.io.IoReasons;

/**
 * What a bench output folder ran ({@code shard.json}): the suite and a digest of its file, the
 * shard, the commit and every setting that changes results, so that {@code bench merge} only puts
 * together shards of one benchmark. The folder also keeps a copy of the suite file
 * ({@code suite.json}), from which the merge knows the suite's runs and their order.
 *
 * @param settings the options that change what a run does, by option name ("--heap" -> "6g"); empty values for unset
 */
public record ShardManifest(String suite, String suiteSha256, Shard shard, String commit, Map<String, String> settings) {
    public static final String FILE = "shard.json";
    public static final String SUITE_COPY = "suite.json";

    public ShardManifest {
        settings = Map.copyOf(settings);
    }

    /** The settings of a bench run that make its runs what they are, for comparing shards. */
    public static Map<String, String> settings(BenchRunner.Settings settings, String solverConfigDigest) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("--runs", String.valueOf(settings.runsPerSeed()));
        values.put("--time-limit", settings.timeLimit() == null ? "" : settings.timeLimit().toMillis() + "ms");
        values.put("--workers", String.valueOf(settings.workers()));
        values.put("--solver-config", solverConfigDigest);
        values.put("--heap", settings.heap());
        return values;
    }

    /** The runs per seed this benchmark ran with. */
    public int runsPerSeed() {
        return Integer.parseInt(settings.getOrDefault("--runs", "1"));
    }

    /** Writes shard.json and the copy of the suite file into {@code folder}. */
    public static void write(Path folder, ShardManifest manifest, byte[] suiteFile) {
        JsonObjectBuilder settings = Json.createObjectBuilder();
        manifest.settings().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> settings.add(e.getKey(), e.getValue()));
        JsonObject json = Json.createObjectBuilder().add("suite", manifest.suite())
                .add("suiteSha256", manifest.suiteSha256()).add("shard", manifest.shard().toString())
                .add("commit", manifest.commit()).add("settings", settings).build();
        byte[] bytes = (json + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(folder.resolve(SUITE_COPY), true, out -> out.write(suiteFile));
        AtomicFiles.write(folder.resolve(FILE), true, out -> out.write(bytes));
    }

    public static ShardManifest read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(reader)) {
            JsonObject root = json.readObject();
            String[] shard = root.getString("shard").split("/");
            Map<String, String> settings = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> e : root.getJsonObject("settings").entrySet()) {
                settings.put(e.getKey(), ((JsonString) e.getValue()).getString());
            }
            return new ShardManifest(root.getString("suite"), root.getString("suiteSha256"),
                    new Shard(Integer.parseInt(shard[0]), Integer.parseInt(shard[1])), root.getString("commit"), settings);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, null, "cannot read: " + IoReasons.of(e)
                    + " (not the folder of a finished skema bench run?)");
        } catch (JsonParsingException | ClassCastException | NullPointerException | IllegalArgumentException
                | ArrayIndexOutOfBoundsException e) {
            throw new InputException(file.toString(), 0, null, "not a shard.json written by skema bench");
        }
    }

    /** SHA-256 of a file's bytes in hex, to tell two suite or solver configuration files apart. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
