package org.ganlab.lapgan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
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

/**
 * Real short trainings of tiny LAPGANs through the trainer: every level logs its own columns, its
 * losses move, the sample grid and the chain figure are drawn; every loss and penalty reaches every
 * level's discriminator; the class-conditional model trains.
 */
class LapganTrainingTest {

  static TrainingResult train(ExperimentConfig config, Path dir, TrainingListener listener) {
    DataSource data = DataSources.open(config.data(), config.seed());
    return new Trainer(config, ConfigWriter.sha256(config), new LapganVariant(), data, List.of(),
        new RunDirectory(dir), listener).run(false);
  }

  static List<double[]> rows(Path dir) throws IOException {
    List<double[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("metrics.csv")).subList(1,
        Files.readAllLines(dir.resolve("metrics.csv")).size())) {
      rows.add(Arrays.stream(line.split(",", -1)).mapToDouble(Double::parseDouble).toArray());
    }
    return rows;
  }

  @Test
  void everyLevelTrainsUnderItsOwnColumnsAndTheChainIsDrawn(@TempDir Path dir) throws IOException {
    ExperimentConfig config = Fixtures.config("training.steps=8", "training.log_every=1",
        "eval.every=8", "eval.grid_size=9", "training.lr_g=1e-3", "training.lr_d=1e-3");

    TrainingResult result = train(config, dir, new TrainingListener() {});

    assertThat(result.status()).isEqualTo(RunStatus.DONE);
    assertThat(Files.readAllLines(dir.resolve("metrics.csv")).get(0)).isEqualTo("step,"
        + "d_real_l0,d_fake_l0,d_loss_l0,g_loss_l0,d_real_l1,d_fake_l1,d_loss_l1,g_loss_l1,"
        + "d_real_l2,d_fake_l2,d_loss_l2,g_loss_l2,lr_g,lr_d");
    List<double[]> rows = rows(dir);
    assertThat(rows).hasSize(8);
    for (int column = 1; column <= 12; column++) {
      double first = rows.get(0)[column];
      double last = rows.get(7)[column];
      assertThat(Double.isFinite(first) && Double.isFinite(last)).as("column " + column).isTrue();
      assertThat(last).as("column " + column + " moved").isNotEqualTo(first);
    }
    BufferedImage grid = ImageIO.read(dir.resolve("samples/step-000008.png").toFile());
    BufferedImage chain = ImageIO.read(dir.resolve("samples/step-000008-chain.png").toFile());
    assertThat(chain.getWidth()).isEqualTo(grid.getWidth());
    int border = (grid.getHeight() - 3 * 28) / 4;
    assertThat(chain.getHeight()).as("three levels, one row each").isEqualTo(3 * (28 + border) + border);
  }

  @ParameterizedTest(name = "{0} + {1}, spectral norm {2}")
  @CsvSource({"hinge,none,true", "least-squares,r1,false", "wasserstein-gp,gp,false",
      "non-saturating,gp,true"})
  void everyLossAndPenaltyReachesEveryLevel(String loss, String penalty, boolean spectralNorm,
      @TempDir Path dir) throws IOException {
    ExperimentConfig config = Fixtures.config("training.steps=2", "training.log_every=1",
        "eval.every=2", "eval.grid_size=4", "loss.type=" + loss, "loss.penalty.type=" + penalty,
        "model.spectral_norm=" + spectralNorm);

    assertThat(train(config, dir, new TrainingListener() {}).status()).isEqualTo(RunStatus.DONE);

    String header = Files.readAllLines(dir.resolve("metrics.csv")).get(0);
    for (int k = 0; k < 3; k++) {
      assertThat(header).contains("d_loss_l" + k, "g_loss_l" + k);
      if (!"none".equals(penalty)) {
        assertThat(header).contains("d_penalty_l" + k);
      }
    }
    for (double[] row : rows(dir)) {
      assertThat(Arrays.stream(row).allMatch(Double::isFinite)).isTrue();
    }
  }

  @Test
  void theClassConditionalModelTrains(@TempDir Path dir) throws IOException {
    ExperimentConfig config = Fixtures.config("model.conditional=true", "training.steps=3",
        "training.log_every=1", "eval.every=3", "eval.grid_size=20");

    assertThat(train(config, dir, new TrainingListener() {}).status()).isEqualTo(RunStatus.DONE);

    assertThat(rows(dir)).hasSize(3).allSatisfy(
        row -> assertThat(Arrays.stream(row).allMatch(Double::isFinite)).isTrue());
    BufferedImage chain = ImageIO.read(dir.resolve("samples/step-000003-chain.png").toFile());
    BufferedImage grid = ImageIO.read(dir.resolve("samples/step-000003.png").toFile());
    assertThat(chain.getWidth()).as("one grid row: 2 per class").isEqualTo(grid.getWidth());
  }
}
