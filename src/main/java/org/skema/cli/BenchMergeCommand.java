package org.skema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.skema.bench.BenchReport;
import org.skema.bench.Shard;
import org.skema.bench.ShardManifest;
import org.skema.bench.ShardMerge;
import org.skema.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Puts the shards of a benchmark back together into one report and one regression verdict. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the output folders of 'skema bench SUITE --shard I/N' (every I of one N, the same suite "
                + "file, commit and settings, else refused) into one runs.csv, summary.md and report.html in the "
                + "suite's run order, and compare them with the stored baseline.",
        footer = {"", "Examples:",
                "  skema bench merge runs/quick-1 runs/quick-2 --out runs/quick",
                "  skema bench merge runs/itc2019/shard-* --out runs/itc2019/merged --save-baseline",
                "", "Exit codes: 0 no instance got worse than the baseline, 1 some did, 2 bad input (a folder "
                        + "missing, of another benchmark, or given twice)."})
final class BenchMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "The shards' output folders.")
    List<Path> folders;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the merged outputs.")
    Path out;

    @Mixin
    BaselineOptions baselineOptions;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter log = spec.commandLine().getOut();
        baselineOptions.check(spec);
        Path target = out.toAbsolutePath().normalize();
        if (folders.stream().anyMatch(folder -> folder.toAbsolutePath().normalize().equals(target))) {
            throw new ParameterException(spec.commandLine(), "--out must not be one of the shards' folders");
        }
        ShardMerge merge = ShardMerge.of(folders);
        BenchCommand.createFolder(out);
        for (Path stats : merge.statsFiles()) {
            AtomicFiles.write(out.resolve(stats.getFileName()), true, stream -> java.nio.file.Files.copy(stats, stream));
        }
        merge.notRun().forEach(run -> log.println("not run by any shard: " + run
                + " (its dataset was missing where the shard ran)"));
        ShardManifest manifest = merge.manifest();
        byte[] suiteFile = BenchCommand.readBytes(folders.get(0).resolve(ShardManifest.SUITE_COPY));
        ShardManifest.write(out, new ShardManifest(manifest.suite(), manifest.suiteSha256(), Shard.WHOLE,
                manifest.commit(), manifest.settings()), suiteFile);
        Path baselineFile = baselineOptions.file(Path.of("").toAbsolutePath(), merge.suite());
        String note = String.format(Locale.ROOT, "Merged from %d shards of commit `%s`.", folders.size(),
                manifest.commit());
        BenchReport report = BenchReport.write(merge.suite(), merge.runs(), out, true,
                new BenchReport.Comparison(baselineFile, baselineOptions.tolerance, note));
        return BenchCommand.finish(log, report, out, baselineOptions.saveBaseline ? baselineFile : null, merge.runs());
    }
}
