package org.skema.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skema.io.AtomicFiles;
import org.skema.io.InputException;
import org.skema.io.IoReasons;
import org.skema.solver.SolveResult;

/**
 * How a solve went, as {@code solve --stats FILE} writes it and the benchmark harness reads it:
 * times, speed, memory and the best score over time. The score here is the solver's; the harness
 * scores the written solution itself with the Evaluator.
 *
 * @param firstFeasibleSeconds null if no feasible timetable was found
 * @param history              (seconds, score text) at every new best
 * @param stages               the solve's stages in order, with their time and best score before and after
 *                             (empty in files written before stages were recorded)
 */
public record SolveStats(long seed, int workers, double seconds, Double firstFeasibleSeconds, double bestSeconds,
        long moveEvaluations, long movesPerSecond, long peakHeapMb, String score, boolean feasible,
        List<Point> history, List<Stage> stages) {

    public record Point(double seconds, String score) {
    }

    /**
     * A stage's name, seconds, best score before and after (text; empty if unknown), evaluated moves and,
     * for an exact stage, what each kind of neighbourhood did (empty otherwise and in older files).
     */
    public record Stage(String name, double seconds, String before, String after, long moves,
            List<Neighbourhood> neighbourhoods) {
    }

    /**
     * One kind of exact neighbourhood over a stage: neighbourhoods solved, moves proposed, new bests
     * they gave, soft score gained by them, and seconds spent building and solving them.
     */
    public record Neighbourhood(String kind, long tries, long moves, long improvements, long gain, double seconds) {
    }

    public static SolveStats of(SolveResult result, long seed, int workers, long peakHeapBytes) {
        List<Point> history = result.history().stream()
                .map(point -> new Point(point.millis() / 1000.0, point.score().toString())).toList();
        List<Stage> stages = result.stages().stream()
                .map(stage -> new Stage(stage.name(), seconds(stage.millis()), text(stage.before()), text(stage.after()),
                        stage.moves(), stage.neighbourhoods().stream().map(n -> new Neighbourhood(n.kind(), n.tries(),
                                n.moves(), n.improvements(), n.gain(), n.seconds())).toList())).toList();
        return new SolveStats(seed, workers, seconds(result.timeSpent().toMillis()),
                result.timeToFirstFeasible() == null ? null : seconds(result.timeToFirstFeasible().toMillis()),
                seconds(result.timeToBest().toMillis()), result.moveEvaluationCount(), result.moveEvaluationSpeed(),
                peakHeapBytes / (1024 * 1024), result.score().toString(), result.feasible(), history, stages);
    }

    private static String text(Object score) {
        return score == null ? "" : score.toString();
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }

    private JsonArrayBuilder stageArray() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Stage stage : stages) {
            JsonObjectBuilder object = Json.createObjectBuilder().add("name", stage.name()).add("seconds", stage.seconds())
                    .add("before", stage.before()).add("after", stage.after()).add("moves", stage.moves());
            if (!stage.neighbourhoods().isEmpty()) {
                JsonArrayBuilder kinds = Json.createArrayBuilder();
                stage.neighbourhoods().forEach(n -> kinds.add(Json.createObjectBuilder().add("kind", n.kind())
                        .add("tries", n.tries()).add("moves", n.moves()).add("improvements", n.improvements())
                        .add("gain", n.gain()).add("seconds", n.seconds())));
                object.add("neighbourhoods", kinds);
            }
            array.add(object);
        }
        return array;
    }

    public void write(Path file, boolean force) {
        JsonArrayBuilder points = Json.createArrayBuilder();
        history.forEach(point -> points.add(Json.createArrayBuilder().add(point.seconds()).add(point.score())));
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("seed", seed)
                .add("workers", workers)
                .add("seconds", seconds);
        if (firstFeasibleSeconds == null) {
            root.addNull("firstFeasibleSeconds");
        } else {
            root.add("firstFeasibleSeconds", firstFeasibleSeconds);
        }
        root.add("bestSeconds", bestSeconds)
                .add("moveEvaluations", moveEvaluations)
                .add("movesPerSecond", movesPerSecond)
                .add("peakHeapMb", peakHeapMb)
                .add("score", score)
                .add("feasible", feasible)
                .add("history", points)
                .add("stages", stageArray());
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.writeObject(root.build());
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, force, out -> out.write(bytes));
    }

    public static SolveStats read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(reader)) {
            JsonObject root = json.readObject();
            List<Point> history = new ArrayList<>();
            for (JsonValue value : root.getJsonArray("history")) {
                JsonArray point = value.asJsonArray();
                history.add(new Point(point.getJsonNumber(0).doubleValue(), point.getString(1)));
            }
            List<Stage> stages = new ArrayList<>();
            if (root.containsKey("stages")) {
                for (JsonValue value : root.getJsonArray("stages")) {
                    JsonObject stage = value.asJsonObject();
                    List<Neighbourhood> kinds = new ArrayList<>();
                    if (stage.containsKey("neighbourhoods")) {
                        for (JsonValue kind : stage.getJsonArray("neighbourhoods")) {
                            JsonObject n = kind.asJsonObject();
                            kinds.add(new Neighbourhood(n.getString("kind"), n.getJsonNumber("tries").longValue(),
                                    n.getJsonNumber("moves").longValue(), n.getJsonNumber("improvements").longValue(),
                                    n.getJsonNumber("gain").longValue(), n.getJsonNumber("seconds").doubleValue()));
                        }
                    }
                    stages.add(new Stage(stage.getString("name"), stage.getJsonNumber("seconds").doubleValue(),
                            stage.getString("before"), stage.getString("after"),
                            stage.getJsonNumber("moves").longValue(), kinds));
                }
            }
            JsonValue firstFeasible = root.get("firstFeasibleSeconds");
            return new SolveStats(root.getJsonNumber("seed").longValue(), root.getInt("workers"),
                    root.getJsonNumber("seconds").doubleValue(),
                    firstFeasible instanceof JsonNumber number ? number.doubleValue() : null,
                    root.getJsonNumber("bestSeconds").doubleValue(), root.getJsonNumber("moveEvaluations").longValue(),
                    root.getJsonNumber("movesPerSecond").longValue(), root.getJsonNumber("peakHeapMb").longValue(),
                    root.getString("score"), root.getBoolean("feasible"), history, stages);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, null, "cannot read solve statistics: " + IoReasons.of(e));
        } catch (RuntimeException e) {
            throw new InputException(file.toString(), 0, null, "not a solve statistics file: " + e.getMessage());
        }
    }
}
