package org.skema.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.skema.io.AtomicFiles;
import org.skema.io.InputException;
import org.skema.io.IoReasons;

/** All runs of a benchmark as one CSV file: the raw data behind the summary, and the baseline of the next run. */
public final class RunsCsv {
    private static final String[] HEADER = {"suite", "instance", "seed", "time_limit_s", "workers", "feasible", "hard",
        "medium", "soft", "best_known", "gap_pct", "reference", "first_feasible_s", "best_s", "moves_per_s",
        "peak_heap_mb", "components", "commit", "jvm", "machine", "started"};

    private RunsCsv() {
    }

    public static void write(List<BenchRun> runs, Path file, boolean force) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (BenchRun run : runs) {
                csv.printRecord(run.suite(), run.instance(), run.seed(), number(run.timeLimitSeconds()), run.workers(),
                            run.feasible(), run.hard(), run.medium(), run.soft(), orEmpty(run.bestKnown()),
                            run.gapPercent() == null ? "" : String.format(Locale.ROOT, "%.2f", run.gapPercent()),
                            orEmpty(run.reference()), run.firstFeasibleSeconds() == null ? "" : number(run.firstFeasibleSeconds()),
                            number(run.bestSeconds()), run.movesPerSecond(), run.peakHeapMb(), run.components(),
                            run.commit(), run.jvm(), run.machine(), run.started());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, force, out -> out.write(bytes));
    }

    public static List<BenchRun> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<BenchRun> runs = new ArrayList<>();
            for (CSVRecord row : csv) {
                try {
                    runs.add(new BenchRun(row.get("suite"), row.get("instance"), Long.parseLong(row.get("seed")),
                            Double.parseDouble(row.get("time_limit_s")), Integer.parseInt(row.get("workers")),
                            Boolean.parseBoolean(row.get("feasible")), Long.parseLong(row.get("hard")),
                            Long.parseLong(row.get("medium")), Long.parseLong(row.get("soft")),
                            optionalLong(row.get("best_known")), optionalLong(row.get("reference")), row.get("components"),
                            row.get("first_feasible_s").isEmpty() ? null : Double.parseDouble(row.get("first_feasible_s")),
                            Double.parseDouble(row.get("best_s")), Long.parseLong(row.get("moves_per_s")),
                            Long.parseLong(row.get("peak_heap_mb")), row.get("commit"), row.get("jvm"), row.get("machine"),
                            row.get("started"), List.of(), List.of()));
                } catch (IllegalArgumentException e) {
                    throw new InputException(file.toString(), (int) row.getRecordNumber() + 1, null,
                            "not a benchmark row: " + e.getMessage());
                }
            }
            return runs;
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, null, "cannot read: " + IoReasons.of(e));
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String orEmpty(Long value) {
        return value == null ? "" : value.toString();
    }

    private static Long optionalLong(String text) {
        return text == null || text.isEmpty() ? null : Long.parseLong(text);
    }
}
