package org.skema.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.skema.io.DurationText;
import org.skema.io.InputException;
import org.skema.io.IoReasons;

/**
 * A benchmark suite: datasets with the time limit, seeds and best-known value of each. Datasets
 * are paths under a root: {@code "shared"} (the benchmark data folder, by default
 * {@code ../shared/datasets}, configurable) or {@code "project"} (this repository), set for the
 * suite and overridable per run.
 *
 * @param moveLimit optional: also stop each run after this many moves (for reproducible runs)
 * @param heap      optional: the heap each run needs, like "6g" (bench's --heap overrides it)
 */
public record Suite(String name, String description, Root root, Duration timeLimit, Long moveLimit, String heap,
        List<Long> seeds, List<Entry> entries) {
    /** The heap of a run when neither the suite nor --heap names one: the same on every machine, so runs compare. */
    public static final String DEFAULT_HEAP = "6g";

    public enum Root { SHARED, PROJECT }

    private static final Pattern HEAP_SIZE = Pattern.compile("[1-9][0-9]*[kKmMgGtT]?");

    /**
     * One dataset of the suite.
     *
     * @param bestKnown the best published cost, or null
     * @param reference another solver's result at a comparable limit (shown next to ours), or null
     */
    public record Entry(String instance, String problem, Root root, Long bestKnown, Long reference, Duration timeLimit) {
    }

    public Path problemPath(Entry entry, Path sharedRoot, Path projectRoot) {
        return (entry.root() == Root.SHARED ? sharedRoot : projectRoot).resolve(entry.problem());
    }

    public Duration timeLimit(Entry entry) {
        return entry.timeLimit() != null ? entry.timeLimit() : timeLimit;
    }

    /** A run's time limit: {@code override} (bench's --time-limit) when given, else the dataset's. */
    public Duration timeLimit(Entry entry, Duration override) {
        return override != null ? override : timeLimit(entry);
    }

    /** The heap of each run: {@code override} (bench's --heap) when given, else the suite's, else the default. */
    public String heap(String override) {
        return override != null ? override : heap != null ? heap : DEFAULT_HEAP;
    }

    /** Every run of the suite in its order: each dataset, each seed, each repeat (seed + 1000 per repeat). */
    public List<PlannedRun> plannedRuns(int runsPerSeed) {
        List<PlannedRun> runs = new ArrayList<>();
        for (Entry entry : entries) {
            for (long seed : seeds) {
                for (int repeat = 0; repeat < runsPerSeed; repeat++) {
                    runs.add(new PlannedRun(entry, seed + 1000L * repeat));
                }
            }
        }
        return runs;
    }

    public static Suite read(Path file) {
        String name = file.toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(reader)) {
            JsonObject root = json.readObject();
            List<Long> seeds = new ArrayList<>();
            for (JsonValue seed : array(root, "seeds", name)) {
                seeds.add(((JsonNumber) seed).longValue());
            }
            if (seeds.isEmpty()) {
                throw new InputException(name, 0, "seeds", "a suite needs at least one seed");
            }
            List<Entry> entries = new ArrayList<>();
            int index = 0;
            for (JsonValue value : array(root, "runs", name)) {
                JsonObject run = value.asJsonObject();
                String field = "runs[" + index++ + "]";
                Root entryRoot = run.containsKey("dataRoot") ? root(run, name, field + ".dataRoot") : null;
                entries.add(new Entry(text(run, "instance", name, field), text(run, "problem", name, field),
                        entryRoot, optionalLong(run, "bestKnown"), optionalLong(run, "reference"),
                        run.containsKey("timeLimit") ? duration(run, name, field) : null));
            }
            Root dataRoot = root.containsKey("dataRoot") ? root(root, name, "dataRoot") : Root.SHARED;
            List<Entry> resolved = entries.stream().map(e -> e.root() != null ? e
                    : new Entry(e.instance(), e.problem(), dataRoot, e.bestKnown(), e.reference(), e.timeLimit())).toList();
            return new Suite(text(root, "name", name, ""), root.getString("description", ""), dataRoot,
                    duration(root, name, ""), optionalLong(root, "moveLimit"), heap(root, name), List.copyOf(seeds),
                    resolved);
        } catch (IOException e) {
            throw new InputException(name, 0, null, "cannot read the suite: " + IoReasons.of(e));
        } catch (JsonParsingException e) {
            throw new InputException(name, (int) e.getLocation().getLineNumber(), null, "JSON syntax error: "
                    + e.getMessage());
        } catch (ClassCastException | NullPointerException e) {
            throw new InputException(name, 0, null, "not a suite file: a field has the wrong type or is missing");
        }
    }

    private static Root root(JsonObject object, String file, String field) {
        return switch (object.getString("dataRoot")) {
            case "shared" -> Root.SHARED;
            case "project" -> Root.PROJECT;
            default -> throw new InputException(file, 0, field, "must be \"shared\" or \"project\"");
        };
    }

    private static String heap(JsonObject object, String file) {
        if (!object.containsKey("heap")) {
            return null;
        }
        if (!(object.get("heap") instanceof JsonString text) || !HEAP_SIZE.matcher(text.getString()).matches()) {
            throw new InputException(file, 0, "heap", "must be a size like \"6g\" or \"4096m\"");
        }
        return text.getString();
    }

    /** A heap size as java's -Xmx takes it. */
    public static boolean isHeapSize(String text) {
        return HEAP_SIZE.matcher(text).matches();
    }

    private static JsonArray array(JsonObject object, String key, String file) {
        if (!(object.get(key) instanceof JsonArray array)) {
            throw new InputException(file, 0, key, "must be a list");
        }
        return array;
    }

    private static String text(JsonObject object, String key, String file, String field) {
        if (!(object.get(key) instanceof JsonString text) || text.getString().isBlank()) {
            throw new InputException(file, 0, (field.isEmpty() ? "" : field + ".") + key, "must be a non-empty string");
        }
        return text.getString();
    }

    private static Long optionalLong(JsonObject object, String key) {
        return object.get(key) instanceof JsonNumber number ? number.longValue() : null;
    }

    private static Duration duration(JsonObject object, String file, String field) {
        String key = (field.isEmpty() ? "" : field + ".") + "timeLimit";
        try {
            return DurationText.parse(object.getString("timeLimit"));
        } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
            throw new InputException(file, 0, key, "must be a duration such as \"90s\" or \"5m\"");
        }
    }
}
