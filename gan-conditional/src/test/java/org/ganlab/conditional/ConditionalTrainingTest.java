package org.ganlab.conditional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.DataSources;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.train.RunStatus;
import org.ganlab.core.train.Trainer;
import org.ganlab.core.train.TrainingListener;
import org.ganlab.core.train.TrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A few training steps on shapes: the run finishes and the discriminator learns to tell the pairs apart. */
class ConditionalTrainingTest {
  private static final int STEPS = 40;

  @ParameterizedTest(name = "{0} {1} penalty={2} conditional_bn={3}")
  @CsvSource({"conv,projection,none,false", "conv,projection,none,true", "conv,concat,r1,false",
      "mlp,projection,gp,false", "mlp,concat,none,false"})
  void theDiscriminatorLossFallsOverTheFirstSteps(String backbone, String discriminator,
      String penalty, boolean conditionalBn, @TempDir Path dir) throws IOException {
    ExperimentConfig config = Fixtures.config("model.backbone=" + backbone,
        "model.discriminator=" + discriminator, "model.conditional_bn=" + conditionalBn,
        "loss.penalty.type=" + penalty,
        "loss.penalty.weight=0.1", "model.width=16", "training.steps=" + STEPS,
        "training.batch_size=16", "training.log_every=1", "training.lr_d=1.0e-3",
        "eval.every=" + STEPS, "eval.metrics=[]", "eval.grid_size=20", "runtime.threads=1");
    DataSource data = DataSources.open(config.data(), config.seed());
    RunDirectory run = new RunDirectory(dir);

    TrainingResult result = new Trainer(config, ConfigWriter.sha256(config), new ConditionalVariant(),
        data, List.of(), run, new TrainingListener() {}).run(false);

    assertThat(result.status()).isEqualTo(RunStatus.DONE);
    assertThat(run.sampleGrid(STEPS)).exists();
    double[] dLoss = column(run.metrics(), "d_loss");
    assertThat(dLoss).hasSize(STEPS);
    assertThat(Arrays.stream(dLoss).allMatch(Double::isFinite)).isTrue();
    assertThat(mean(dLoss, STEPS - 5, STEPS)).isLessThan(mean(dLoss, 0, 5) - 0.1);
  }

  @Test
  void theAuxiliaryClassifierLearnsTheRealClassesAndBothNetworksReportItsTerm(@TempDir Path dir)
      throws IOException {
    ExperimentConfig config = Fixtures.config("model.classifier_weight=0.5", "model.width=16",
        "training.steps=" + STEPS, "training.batch_size=16", "training.log_every=1",
        "training.lr_d=1.0e-3", "eval.every=" + STEPS, "eval.metrics=[]", "eval.grid_size=20",
        "runtime.threads=1");
    DataSource data = DataSources.open(config.data(), config.seed());
    RunDirectory run = new RunDirectory(dir);

    TrainingResult result = new Trainer(config, ConfigWriter.sha256(config), new ConditionalVariant(),
        data, List.of(), run, new TrainingListener() {}).run(false);

    assertThat(result.status()).isEqualTo(RunStatus.DONE);
    assertThat(Files.readAllLines(run.metrics()).get(0))
        .startsWith("step,d_real,d_fake,d_loss,d_class,g_class,g_loss,");
    double[] dClass = column(run.metrics(), "d_class");
    double[] gClass = column(run.metrics(), "g_class");
    assertThat(Arrays.stream(gClass).allMatch(v -> Double.isFinite(v) && v > 0)).isTrue();
    // starts near 0.5 · ln 10 = 1.15 (an untrained classifier) and falls as D learns the shapes
    assertThat(mean(dClass, 0, 5)).isGreaterThan(0.8);
    assertThat(mean(dClass, STEPS - 5, STEPS)).isLessThan(mean(dClass, 0, 5) - 0.2);
    double[] dLoss = column(run.metrics(), "d_loss");
    double[] dReal = column(run.metrics(), "d_real");
    double[] dFake = column(run.metrics(), "d_fake");
    for (int i = 0; i < STEPS; i++) {
      assertThat(dLoss[i]).isCloseTo(dReal[i] + dFake[i] + dClass[i], within(1e-5));
    }
  }

  private static double[] column(Path csv, String name) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    int index = Arrays.asList(lines.get(0).split(",")).indexOf(name);
    return lines.stream().skip(1).mapToDouble(line -> Double.parseDouble(line.split(",")[index]))
        .toArray();
  }

  private static double mean(double[] values, int from, int to) {
    return Arrays.stream(values, from, to).average().orElseThrow();
  }
}
