package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ganlab sweep --executor slurm} and {@code --status} on input they must refuse, and the dry run,
 * which needs no SLURM: every problem at once, exit code 2, nothing written.
 */
class SlurmSweepCommandTest {
  private static final String SWEEP = "name: slurm-cli\nmodel: {variant: vanilla, width: 16}\n"
      + "training: {steps: 100, batch_size: 32}\neval: {every: 50, samples: 50, metrics: [modes]}\n"
      + "runtime: {threads: 2}\nsweep:\n  grid: {loss.type: [hinge, non-saturating]}\n  seeds: [1, 2]\n";

  @TempDir Path dir;

  @Test
  void everyBadOptionAndEveryBadPointIsListedAndNothingIsWritten() throws Exception {
    Path file = Files.writeString(dir.resolve("sweep.yaml"),
        SWEEP.replace("[hinge, non-saturating]", "[hinge, hinge-ish]"));
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("sweep", file.toString(), "--out", out.toString(), "--executor", "slurm",
        "--time", "2h", "--mem", "lots", "--array-parallelism", "0", "--jobs", "2",
        "--sbatch-arg=--array=0-3", "--sbatch-arg", "account");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines().filter(line -> line.startsWith("error: ")))
        .containsExactly(
            "error: --jobs applies to the local executor; with --executor slurm use"
                + " --array-parallelism K (most tasks running at once)",
            "error: --time must be a SLURM time limit such as 02:00:00 (HH:MM:SS), 90 (minutes) or"
                + " 1-12:00:00 (D-HH:MM:SS), found '2h'",
            "error: --mem must be a whole number with an optional unit K, M, G or T (e.g. 4G), found"
                + " 'lots'",
            "error: --array-parallelism must be at least 1, found 0",
            "error: --sbatch-arg --array=0-3 would replace a setting ganlab makes itself (--array,"
                + " --output, --signal, --open-mode); leave it out",
            "error: --sbatch-arg must be one sbatch option on one line, such as --account=lab or"
                + " --qos=short, found 'account'",
            "error: 2 of 4 sweep points are invalid; nothing was run:");
    assertThat(run.err()).contains("loss.type=hinge-ish seed=1: loss.type must be one of");
    assertThat(out).doesNotExist();
  }

  @Test
  void slurmOptionsWithTheLocalExecutorAndAStatusOfNoSweepAreRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("sweep.yaml"), SWEEP);

    CliRun local = CliRun.of("sweep", file.toString(), "--out", dir.resolve("out").toString(),
        "--partition", "short");
    CliRun status = CliRun.of("sweep", "--status", dir.toString());

    assertThat(local.code()).isEqualTo(2);
    assertThat(local.err()).isEqualTo("error: --partition, --time, --mem, --cpus-per-task,"
        + " --array-parallelism and --sbatch-arg apply to --executor slurm only\n");
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(status.code()).isEqualTo(2);
    assertThat(status.err()).isEqualTo("error: " + dir + " is not a sweep directory: it has no"
        + " plan.json\n");
  }

  @Test
  void theDryRunPrintsTheScriptWithCpusFromTheThreadsAndWritesNothing() throws Exception {
    Path file = Files.writeString(dir.resolve("sweep.yaml"), SWEEP);
    Path out = dir.resolve("out");

    CliRun run = CliRun.of("sweep", file.toString(), "--out", out.toString(), "--executor", "slurm",
        "--dry-run", "--partition", "short", "--array-parallelism", "3");

    assertThat(run.code()).isEqualTo(0);
    assertThat(run.err()).isEqualTo("note: 4 of 4 runs would be submitted\n");
    assertThat(run.out()).startsWith("#!/bin/bash\n#SBATCH --job-name=ganlab-slurm-cli\n#SBATCH --output="
        + out.toAbsolutePath().resolve("slurm-cli/logs/%A_%a.log") + "\n")
        .contains("#SBATCH --cpus-per-task=2\n#SBATCH --signal=B:USR2@120\n")
        .contains("#SBATCH --partition=short\n")
        .contains("'sweep-task' '" + out.toAbsolutePath().resolve("slurm-cli") + "' '--manifest' '"
            + out.toAbsolutePath().resolve("slurm-cli/slurm/manifest-"));
    assertThat(out).doesNotExist();
  }
}
