package org.ganlab.cyclegan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.train.RunStatus;
import org.ganlab.core.train.Trainer;
import org.ganlab.core.train.TrainingListener;
import org.ganlab.core.train.TrainingResult;
import org.ganlab.metrics.evaluation.L1Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CycleGAN trains through the core trainer on shapes-translation, and resumes exactly. */
class CycleGanTrainingTest {
  private static final CycleGanVariant VARIANT = new CycleGanVariant();

  private static TrainingResult train(ExperimentConfig config, Path dir, TrainingListener listener) {
    return new Trainer(config, ConfigWriter.sha256(config), VARIANT, VARIANT.openData(config),
        List.of(new L1Metric()), new RunDirectory(dir), listener).run(false);
  }

  /** The metrics.csv cells of one column, by row. */
  private static List<Double> column(Path dir, String name) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("metrics.csv"));
    int index = List.of(lines.get(0).split(",", -1)).indexOf(name);
    assertThat(index).as("column %s", name).isNotNegative();
    return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)[index])
        .filter(cell -> !cell.isEmpty()).map(Double::parseDouble).toList();
  }

  @Test
  void aFewStepsLowerTheCycleAndIdentityLosses(@TempDir Path dir) throws IOException {
    ExperimentConfig config = CycleGanConfigs.tiny("training.steps=15", "training.batch_size=4",
        "model.width=8", "training.lr_g=1.0e-3", "training.lr_d=1.0e-3", "eval.every=15");

    TrainingResult result = train(config, dir, new TrainingListener() {});

    assertThat(result.status()).isEqualTo(RunStatus.DONE);
    List<Double> cycle = column(dir, "g_cycle");
    List<Double> identity = column(dir, "g_identity");
    assertThat(cycle).hasSize(15);
    assertThat(cycle.get(14)).isLessThan(0.7 * cycle.get(0));
    assertThat(identity.get(14)).isLessThan(0.7 * identity.get(0));
    assertThat(column(dir, "da_loss")).hasSize(15).allMatch(Double::isFinite);
    assertThat(column(dir, "db_loss")).hasSize(15).allMatch(Double::isFinite);
    assertThat(result.finalMetrics().values()).containsKeys("l1", "l1_baseline");
    assertThat(Files.readString(dir.resolve("metrics.csv")).lines().findFirst().orElseThrow())
        .startsWith("step,g_adv,g_cycle,g_identity,g_loss,da_real,da_fake,da_loss,db_real,db_fake,"
            + "db_loss,lr_g,lr_d");
  }

  @Test
  void aRunKilledAfterACheckpointResumesToTheSameNumbers(@TempDir Path dir) throws IOException {
    ExperimentConfig config = CycleGanConfigs.tiny("training.steps=6", "training.checkpoint_every=3",
        "eval.every=3", "training.lr_decay=linear", "training.decay_start=2", "training.ema=0.5");
    train(config, dir.resolve("whole"), new TrainingListener() {});
    Path interrupted = dir.resolve("interrupted");
    assertThatThrownBy(() -> train(config, interrupted, new CrashAfter(4)))
        .isInstanceOf(SimulatedCrash.class);

    new Trainer(config, ConfigWriter.sha256(config), VARIANT, VARIANT.openData(config),
        List.of(new L1Metric()), new RunDirectory(interrupted), new TrainingListener() {})
        .run(true);

    assertThat(Files.readString(interrupted.resolve("metrics.csv")))
        .isEqualTo(Files.readString(dir.resolve("whole/metrics.csv")));
    assertThat(Files.readAllBytes(interrupted.resolve("checkpoints/latest.ckpt")))
        .isEqualTo(Files.readAllBytes(dir.resolve("whole/checkpoints/latest.ckpt")));
  }

  /** Throws after a step, like a killed process. */
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

  private static final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
