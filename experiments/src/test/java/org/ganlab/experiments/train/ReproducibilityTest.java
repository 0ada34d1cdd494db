package org.ganlab.experiments.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSources;
import org.ganlab.core.io.Checkpoint;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.metric.MetricRegistry;
import org.ganlab.core.train.RunStatus;
import org.ganlab.core.train.StopRequest;
import org.ganlab.core.train.Trainer;
import org.ganlab.core.train.TrainingListener;
import org.ganlab.core.train.TrainingResult;
import org.ganlab.core.train.VariantRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same config and seed give the same numbers, and a resumed run ends where an uninterrupted one does. */
class ReproducibilityTest {
  private static final VariantRegistry VARIANTS = VariantRegistry.load();

  private static ExperimentConfig config(String... extra) {
    List<String> overrides = new java.util.ArrayList<>(List.of("model.variant=dcgan",
        "data.source=shapes", "model.width=4", "model.latent_dim=8", "training.steps=6",
        "training.batch_size=4", "training.log_every=1", "training.checkpoint_every=3",
        "training.ema=0.9", "loss.type=wasserstein-gp", "eval.every=3", "eval.grid_size=4",
        "eval.samples=64", "eval.metrics=[fid,kid,is]",
        "runtime.threads=1"));
    overrides.addAll(List.of(extra));
    return ConfigLoader.load("name: repro\n", "yaml", overrides, VARIANTS);
  }

  private static Trainer trainer(ExperimentConfig config, Path dir, TrainingListener listener) {
    var data = DataSources.open(config.data(), config.seed());
    return new Trainer(config, ConfigWriter.sha256(config), VARIANTS.get(config.model().variant()),
        data, MetricRegistry.load().resolve(config.eval(), data), new RunDirectory(dir),
        listener);
  }

  @Test
  void sameConfigTwiceGivesIdenticalMetrics(@TempDir Path dir) throws Exception {
    ExperimentConfig config = config();
    trainer(config, dir.resolve("a"), new TrainingListener() {}).run(false);
    trainer(config, dir.resolve("b"), new TrainingListener() {}).run(false);

    assertThat(Files.readString(dir.resolve("b/metrics.csv")))
        .isEqualTo(Files.readString(dir.resolve("a/metrics.csv")));
    assertThat(Files.readAllBytes(dir.resolve("b/checkpoints/latest.ckpt")))
        .isEqualTo(Files.readAllBytes(dir.resolve("a/checkpoints/latest.ckpt")));
  }

  @Test
  void resumedRunEqualsUninterruptedRunValueForValue(@TempDir Path dir) throws Exception {
    ExperimentConfig config = config();
    trainer(config, dir.resolve("whole"), new TrainingListener() {}).run(false);

    Path interrupted = dir.resolve("interrupted");
    assertThatThrownBy(() -> trainer(config, interrupted, new CrashAfter(4)).run(false))
        .isInstanceOf(SimulatedCrash.class);
    assertThat(Files.readString(interrupted.resolve("provenance.json")))
        .contains("\"status\" : \"failed\"").contains("\"completed_steps\" : 4");
    trainer(config, interrupted, new TrainingListener() {}).run(true);

    assertThat(Files.readString(interrupted.resolve("metrics.csv")))
        .isEqualTo(Files.readString(dir.resolve("whole/metrics.csv")));
    assertThat(Files.readAllBytes(interrupted.resolve("checkpoints/latest.ckpt")))
        .isEqualTo(Files.readAllBytes(dir.resolve("whole/checkpoints/latest.ckpt")));
    assertThat(Files.readString(interrupted.resolve("provenance.json"))).contains("\"resumed_from\" : 3");
    assertThat(Files.readString(interrupted.resolve("final.json")))
        .isEqualTo(Files.readString(dir.resolve("whole/final.json")));
  }

  @Test
  void stopRequestCheckpointsTheStepInProgressAndResumesToTheUninterruptedNumbers(@TempDir Path dir)
      throws Exception {
    ExperimentConfig config = config();
    trainer(config, dir.resolve("whole"), new TrainingListener() {}).run(false);
    Path stopped = dir.resolve("stopped");
    StopRequest stop = new StopRequest();

    TrainingResult result = trainer(config, stopped, new StopAfter(4, stop)).run(false, stop);

    assertThat(result.status()).isEqualTo(RunStatus.STOPPED);
    assertThat(result.completedSteps()).isEqualTo(4);
    assertThat(result.reason()).isEqualTo("stopped by test at step 4 of 6");
    try (NDManager manager = NDManager.newBaseManager()) {
      assertThat(Checkpoint.read(stopped.resolve("checkpoints/latest.ckpt"), manager).step()).isEqualTo(4);
    }
    assertThat(Files.readString(stopped.resolve("provenance.json")))
        .contains("\"status\" : \"stopped\"").contains("\"completed_steps\" : 4");
    assertThat(Files.readAllLines(stopped.resolve("metrics.csv"))).last().asString().startsWith("4,");

    trainer(config, stopped, new TrainingListener() {}).run(true);

    assertThat(Files.readString(stopped.resolve("metrics.csv")))
        .isEqualTo(Files.readString(dir.resolve("whole/metrics.csv")));
    assertThat(Files.readString(stopped.resolve("provenance.json"))).contains("\"resumed_from\" : 4");
    assertThat(Files.readString(stopped.resolve("final.json")))
        .isEqualTo(Files.readString(dir.resolve("whole/final.json")));
  }

  @Test
  void stopRequestedDuringTheLastStepLetsTheRunFinish(@TempDir Path dir) {
    StopRequest stop = new StopRequest();

    TrainingResult result = trainer(config(), dir, new StopAfter(6, stop)).run(false, stop);

    assertThat(result.status()).isEqualTo(RunStatus.DONE);
  }

  @Test
  void resumedVanillaRunOnPointsEqualsUninterruptedRun(@TempDir Path dir) throws Exception {
    ExperimentConfig config = ConfigLoader.load("name: ring\n", "yaml", List.of("model.variant=vanilla",
        "data.source=ring8", "model.width=16", "training.steps=100", "training.batch_size=32",
        "training.checkpoint_every=20", "training.log_every=10", "loss.type=hinge", "eval.every=50",
        "eval.samples=50", "eval.metrics=[modes]", "runtime.threads=1"), VARIANTS);
    trainer(config, dir.resolve("whole"), new TrainingListener() {}).run(false);
    Path interrupted = dir.resolve("interrupted");
    assertThatThrownBy(() -> trainer(config, interrupted, new CrashAfter(45)).run(false))
        .isInstanceOf(SimulatedCrash.class);

    trainer(config, interrupted, new TrainingListener() {}).run(true);

    assertThat(Files.readString(interrupted.resolve("metrics.csv")))
        .isEqualTo(Files.readString(dir.resolve("whole/metrics.csv")));
  }

  @Test
  void runKilledAfterItsLastCheckpointGetsTheSameSummaryOnResume(@TempDir Path dir) throws Exception {
    ExperimentConfig config = config();
    Path run = dir.resolve("run");
    trainer(config, run, new TrainingListener() {}).run(false);
    String summary = Files.readString(run.resolve("final.json"));
    String metrics = Files.readString(run.resolve("metrics.csv"));
    Files.delete(run.resolve("final.json"));

    trainer(config, run, new TrainingListener() {}).run(true);

    assertThat(Files.readString(run.resolve("final.json"))).isEqualTo(summary).contains("\"fid\"");
    assertThat(Files.readString(run.resolve("metrics.csv"))).isEqualTo(metrics);
  }

  @Test
  void resumingWithADifferentConfigIsRefused(@TempDir Path dir) {
    trainer(config(), dir, new TrainingListener() {}).run(false);

    assertThatThrownBy(() -> trainer(config("training.lr_g=1.0e-3"), dir,
        new TrainingListener() {}).run(true))
        .hasMessageContaining("refusing to use");
  }

  /** Throws in the middle of a run, after a checkpoint was written, like a killed process. */
  private static final class CrashAfter implements TrainingListener {
    private final long step;

    CrashAfter(long step) {
      this.step = step;
    }

    @Override
    public void stepDone(long completed, Map<String, Double> losses) {
      if (completed == step) {
        throw new SimulatedCrash();
      }
    }
  }

  /** Requests a stop when a step completes, as a signal arriving during that step would. */
  private static final class StopAfter implements TrainingListener {
    private final long step;
    private final StopRequest stop;

    StopAfter(long step, StopRequest stop) {
      this.step = step;
      this.stop = stop;
    }

    @Override
    public void stepDone(long completed, Map<String, Double> losses) {
      if (completed == step) {
        stop.request("test");
      }
    }
  }

  private static final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
