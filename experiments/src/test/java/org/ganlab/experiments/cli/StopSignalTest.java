package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ai.djl.ndarray.NDManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.io.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM and SIGINT sent to a real {@code ganlab train} process while it trains: it prints one line,
 * checkpoints the step it completed, exits 143 or 130 without a JVM crash report, and {@code --resume}
 * ends with the metrics.csv of an uninterrupted run, byte for byte. A 500-step ring8 run whose only
 * periodic checkpoint is the last one, so a stop that wrote none would lose every step.
 */
class StopSignalTest {
  private static final int STEPS = 500;
  private static final String CONFIG = "name: stop-ring8\nmodel: {variant: vanilla, width: 16}\n"
      + "training: {steps: " + STEPS + ", batch_size: 32, log_every: 10, checkpoint_every: 0}\n"
      + "eval: {every: 100, samples: 50, metrics: [modes]}\nruntime: {threads: 1}\n";
  private static final Pattern STOPPED = Pattern.compile(
      "ganlab: stopped by (SIG[A-Z]+) at step (\\d+) of " + STEPS + "; checkpoint written in (\\S+);"
          + " continue with --resume");

  @TempDir static Path shared;
  private static String uninterrupted;

  @TempDir Path dir;

  /** The metrics.csv of the run trained without interruption (in this JVM); later calls reuse it. */
  private static synchronized String uninterrupted() throws Exception {
    if (uninterrupted == null) {
      Path config = Files.writeString(shared.resolve("ring8.yaml"), CONFIG);
      CliRun whole = CliRun.of("train", config.toString(), "--out", shared.resolve("whole").toString(),
          "--no-progress");
      assertThat(whole.code()).as(whole.err()).isEqualTo(0);
      uninterrupted = Files.readString(onlyRun(shared.resolve("whole")).resolve("metrics.csv"));
    }
    return uninterrupted;
  }

  private static Path onlyRun(Path out) throws Exception {
    try (Stream<Path> runs = Files.list(out.resolve("stop-ring8"))) {
      List<Path> all = runs.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }

  @Test
  void sigtermCheckpointsTheStepInProgressExits143AndResumesToTheUninterruptedNumbers() throws Exception {
    stopResumeAndCompare("TERM", 143);
  }

  @Test
  void sigintCheckpointsTheStepInProgressExits130AndResumesToTheUninterruptedNumbers() throws Exception {
    assumeFalse(sigintIgnored(), "SIGINT is ignored in this JVM, so in its children too (a shell without"
        + " job control started the build in the background); no JVM can catch it there");
    stopResumeAndCompare("INT", 130);
  }

  private void stopResumeAndCompare(String signal, int exitCode) throws Exception {
    Path config = Files.writeString(dir.resolve("ring8.yaml"), CONFIG);
    Path out = dir.resolve("runs");
    long step;
    try (CliProcess train = CliProcess.start(dir, "train", config.toString(), "--out", out.toString(),
        "--no-progress")) {
      train.awaitOutput("step 100:");
      train.signal(signal);

      assertThat(train.exitCode()).as(train.output()).isEqualTo(exitCode);
      String output = train.output();
      List<String> lines = output.lines().toList();
      Matcher stopped = STOPPED.matcher(lines.get(lines.size() - 1));
      assertThat(stopped.matches()).as(output).isTrue();
      assertThat(stopped.group(1)).isEqualTo("SIG" + signal);
      assertThat(output).doesNotContain("SIGSEGV").doesNotContain("A fatal error");
      assertThat(train.crashReports()).isEmpty();
      step = Long.parseLong(stopped.group(2));
      assertThat(Path.of(stopped.group(3))).isEqualTo(onlyRun(out));
    }
    Path run = onlyRun(out);
    Path checkpoint = run.resolve("checkpoints/latest.ckpt");
    assertThat(Checkpoint.isIntact(checkpoint)).isTrue();
    try (NDManager manager = NDManager.newBaseManager()) {
      assertThat(Checkpoint.read(checkpoint, manager).step()).isEqualTo(step).isBetween(100L, STEPS - 1L);
    }
    assertThat(ConfigJson.json().readTree(run.resolve("provenance.json").toFile()).get("status").asText())
        .isEqualTo("stopped");

    CliRun resumed = CliRun.of("train", config.toString(), "--out", out.toString(), "--resume",
        "--no-progress");

    assertThat(resumed.code()).as(resumed.err()).isEqualTo(0);
    assertThat(Files.readString(run.resolve("metrics.csv"))).isEqualTo(uninterrupted());
  }

  /** Reads this process's ignored-signal mask (Linux): SIGINT is bit 2, counting from 1. */
  private static boolean sigintIgnored() throws Exception {
    String mask = Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(line -> line.startsWith("SigIgn:")).findFirst().orElseThrow().substring(7).trim();
    return (Long.parseLong(mask, 16) & 2L) != 0;
  }
}
