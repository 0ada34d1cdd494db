package org.ganlab.conditional;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A few training steps on shapes: the run finishes and the discriminator learns to tell the pairs apart. */
class ConditionalTrainingTest {
  private static final int STEPS = 40;

  @ParameterizedTest(name = "{0} {1} penalty={2}")
  @CsvSource({"conv,projection,none", "conv,concat,r1", "mlp,projection,gp", "mlp,concat,none"})
  void theDiscriminatorLossFallsOverTheFirstSteps(String backbone, String discriminator,
      String penalty, @TempDir Path dir) throws IOException {
    ExperimentConfig config = Fixtures.config("model.backbone=" + backbone,
        "model.discriminator=" + discriminator, "loss.penalty.type=" + penalty,
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
