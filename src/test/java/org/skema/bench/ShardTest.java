package org.skema.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which shard a task is, and which runs it gets. */
class ShardTest {
    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void readsAnExplicitShard() {
        assertThat(Shard.parse("2/3", NO_ENV)).isEqualTo(new Shard(2, 3));
        assertThatThrownBy(() -> Shard.parse("0/3", NO_ENV)).hasMessageContaining("must be 1 to 3");
        assertThatThrownBy(() -> Shard.parse("4/3", NO_ENV)).hasMessageContaining("must be 1 to 3");
        assertThatThrownBy(() -> Shard.parse("2", NO_ENV)).hasMessageContaining("I/N, auto or auto/N");
        assertThatThrownBy(() -> Shard.parse("a/3", NO_ENV)).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Shard.parse("auto", NO_ENV)).hasMessageContaining("SLURM_ARRAY_TASK_ID");
    }

    @Test
    void readsASlurmArrayTaskFromWhereverTheArrayStarts() {
        assertThat(Shard.parse("auto", Map.of("SLURM_ARRAY_TASK_ID", "0", "SLURM_ARRAY_TASK_MIN", "0",
                "SLURM_ARRAY_TASK_COUNT", "2"))).isEqualTo(new Shard(1, 2));
        assertThat(Shard.parse("auto", Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_MIN", "1",
                "SLURM_ARRAY_TASK_COUNT", "2"))).isEqualTo(new Shard(2, 2));
        assertThat(Shard.parse("auto", Map.of("SLURM_ARRAY_TASK_ID", "14", "SLURM_ARRAY_TASK_MIN", "10",
                "SLURM_ARRAY_TASK_STEP", "2", "SLURM_ARRAY_TASK_COUNT", "3"))).isEqualTo(new Shard(3, 3));
        assertThatThrownBy(() -> Shard.parse("auto/4", Map.of("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_MIN", "1",
                "SLURM_ARRAY_TASK_COUNT", "2"))).hasMessageContaining("has 2 tasks");
        assertThatThrownBy(() -> Shard.parse("auto", Map.of("SLURM_ARRAY_TASK_ID", "1")))
                .hasMessageContaining("SLURM_ARRAY_TASK_COUNT is not");
    }

    @Test
    void readsAKubernetesIndexWithTheCountGiven() {
        assertThat(Shard.parse("auto/4", Map.of("JOB_COMPLETION_INDEX", "0"))).isEqualTo(new Shard(1, 4));
        assertThat(Shard.parse("auto/4", Map.of("JOB_COMPLETION_INDEX", "3"))).isEqualTo(new Shard(4, 4));
        assertThatThrownBy(() -> Shard.parse("auto", Map.of("JOB_COMPLETION_INDEX", "0")))
                .hasMessageContaining("auto/N");
        assertThatThrownBy(() -> Shard.parse("auto/4", Map.of("JOB_COMPLETION_INDEX", "4")))
                .hasMessageContaining("must be 1 to 4");
    }

    @Test
    void sharesCoverEveryRunOnceInSuiteOrderAndBalanceTime() {
        List<PlannedRun> runs = new ArrayList<>();
        List<Duration> limits = List.of(Duration.ofSeconds(600), Duration.ofSeconds(300), Duration.ofSeconds(300),
                Duration.ofSeconds(100), Duration.ofSeconds(100), Duration.ofSeconds(100));
        for (int i = 0; i < limits.size(); i++) {
            runs.add(new PlannedRun(new Suite.Entry("i" + i, "p" + i, Suite.Root.PROJECT, null, null, limits.get(i)), 1));
        }
        List<List<PlannedRun>> shares = new Shard(1, 2).split(runs, run -> run.entry().timeLimit());
        assertThat(shares.get(0)).extracting(run -> run.entry().instance()).containsExactly("i0", "i3", "i5");
        assertThat(shares.get(1)).extracting(run -> run.entry().instance()).containsExactly("i1", "i2", "i4");
        assertThat(new Shard(2, 2).share(runs, run -> run.entry().timeLimit())).isEqualTo(shares.get(1));
        assertThat(new Shard(3, 8).share(runs, run -> run.entry().timeLimit())).hasSize(1);
        assertThat(new Shard(8, 8).share(runs, run -> run.entry().timeLimit())).isEmpty();
    }
}
