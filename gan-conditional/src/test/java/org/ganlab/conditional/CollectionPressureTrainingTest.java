package org.ganlab.conditional;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSources;
import org.ganlab.core.engine.CollectionPressure;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.train.RunStatus;
import org.ganlab.core.train.Trainer;
import org.ganlab.core.train.TrainingListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recipe of {@code examples/cgan-shapes.yaml} in miniature (projection discriminator with an
 * auxiliary classifier, spectral norm, hinge loss, Adam betas (0, 0.9), linear decay, EMA, plus an R1
 * penalty) gives the same {@code metrics.csv}, byte for byte, when garbage collections are forced at
 * every {@link CollectionPressure} point of every step. Before the classifier's weight λ moved into
 * libtorch memory, DJL's {@code mul(Number)} kept it in a Java direct buffer that a collection freed
 * while autograd still held it, and the backward pass read a freed λ: one of four cgan-shapes runs
 * drifted by step 100.
 */
class CollectionPressureTrainingTest {
  private static final int STEPS = 12;

  @AfterEach
  void switchOff() {
    CollectionPressure.enable(false);
  }

  private static void train(ExperimentConfig config, Path dir) throws IOException {
    Trainer trainer = new Trainer(config, ConfigWriter.sha256(config), new ConditionalVariant(),
        DataSources.open(config.data(), config.seed()), List.of(), new RunDirectory(dir),
        new TrainingListener() {});
    assertThat(trainer.run(false).status()).isEqualTo(RunStatus.DONE);
  }

  @Test
  void forcedCollectionsLeaveEveryLossBitwiseEqual(@TempDir Path dir) throws IOException {
    ExperimentConfig config = Fixtures.config("model.backbone=mlp",
        "model.discriminator=projection", "model.classifier_weight=1.0",
        "model.spectral_norm=true", "loss.type=hinge", "loss.penalty.type=r1",
        "loss.penalty.weight=0.1", "training.steps=" + STEPS, "training.batch_size=16",
        "training.log_every=1", "training.betas=[0.0, 0.9]", "training.lr_decay=linear",
        "training.decay_start=4", "training.ema=0.999", "eval.every=" + STEPS,
        "eval.metrics=[]", "eval.grid_size=10", "runtime.threads=1");
    train(config, dir.resolve("calm"));
    long before = CollectionPressure.counts().getOrDefault("after-loss", 0L);

    CollectionPressure.enable(true);
    train(config, dir.resolve("pressed"));
    CollectionPressure.enable(false);

    assertThat(CollectionPressure.counts().get("after-loss") - before)
        .as("collections between forward and backward").isEqualTo(2L * STEPS);
    assertThat(Files.readString(dir.resolve("pressed/metrics.csv")))
        .startsWith("step,d_real,d_fake,d_penalty,d_loss,d_class,g_class,g_loss,")
        .isEqualTo(Files.readString(dir.resolve("calm/metrics.csv")));
  }
}
