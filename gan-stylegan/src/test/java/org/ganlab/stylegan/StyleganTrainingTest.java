package org.ganlab.stylegan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.DataSources;
import org.ganlab.core.io.Checkpoint;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.Trainer;
import org.ganlab.core.train.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Short real StyleGAN trainings on shapes: the lazy penalty pass runs every {@code r1_interval} steps
 * and shares the discriminator's optimizer, samples have the data's shape, the style-mixing figure is
 * written with the samples, and a run killed after step 3 and resumed from its step-2 checkpoint ends
 * with exactly the log and checkpoint bytes of an uninterrupted run.
 */
class StyleganTrainingTest {
  static final VariantOptionsResolver STYLEGAN =
      VariantOptionsResolver.of(Map.of("stylegan", StyleganOptions.class));

  static ExperimentConfig config(String... extra) {
    List<String> overrides = new ArrayList<>(List.of("model.variant=stylegan", "data.source=shapes",
        "model.width=8", "model.latent_dim=8", "model.r1_interval=2", "loss.penalty.type=r1",
        "loss.penalty.weight=0.1", "training.steps=4", "training.batch_size=4",
        "training.log_every=1", "training.checkpoint_every=2", "training.ema=0.9", "eval.every=2",
        "eval.samples=8", "eval.grid_size=4", "eval.metrics=[]", "runtime.threads=1"));
    overrides.addAll(List.of(extra));
    return ConfigLoader.load("name: stylegan\n", "yaml", overrides, STYLEGAN);
  }

  @Test
  void lazyPenaltyRunsEveryIntervalOnTheDiscriminatorsOwnOptimizer(@TempDir Path dir)
      throws IOException {
    ExperimentConfig config = config();
    train(config, dir, false, new TrainingListener() {});

    List<String> lines = Files.readAllLines(dir.resolve("metrics.csv"));
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    assertThat(header).containsSubsequence("d_real", "d_fake", "d_loss", "dr_penalty", "dr_loss",
        "g_loss");
    int penalty = header.indexOf("dr_loss");
    List<Long> regularised = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (!cells[penalty].isEmpty()) {
        regularised.add(Long.parseLong(cells[0]));
      }
    }
    assertThat(regularised).as("rows of completed steps 2, 4 = steps 1, 3")
        .containsExactly(2L, 4L);
    try (NDManager manager = NDManager.newBaseManager()) {
      Checkpoint last = Checkpoint.read(dir.resolve("checkpoints/latest.ckpt"), manager);
      assertThat(last.counters()).containsEntry("adam/d/t", 6L).containsEntry("adam/g/t", 4L)
          .doesNotContainKey("adam/dr/t");
      assertThat(last.arrays().keySet()).anyMatch(name -> name.endsWith("w_avg"));
    }
    assertThat(dir.resolve("samples/step-000004.png")).isNotEmptyFile();
    assertThat(dir.resolve("samples/step-000004-style-mixing.png")).isNotEmptyFile();
  }

  @Test
  void resumedRunEndsWithTheBytesOfAnUninterruptedOne(@TempDir Path dir) throws IOException {
    ExperimentConfig config = config();
    train(config, dir.resolve("whole"), false, new TrainingListener() {});
    assertThatThrownBy(() -> train(config, dir.resolve("cut"), false, new CrashAfter(3)))
        .isInstanceOf(SimulatedCrash.class);

    train(config, dir.resolve("cut"), true, new TrainingListener() {});

    assertThat(Files.readString(dir.resolve("cut/metrics.csv")))
        .isEqualTo(Files.readString(dir.resolve("whole/metrics.csv")));
    assertThat(Files.readAllBytes(dir.resolve("cut/checkpoints/latest.ckpt")))
        .isEqualTo(Files.readAllBytes(dir.resolve("whole/checkpoints/latest.ckpt")));
    assertThat(Files.readAllBytes(dir.resolve("cut/samples/step-000004-style-mixing.png")))
        .isEqualTo(Files.readAllBytes(dir.resolve("whole/samples/step-000004-style-mixing.png")));
  }

  @Test
  void pathLengthRegulariserAddsItsTermAndMovesItsRunningMean(@TempDir Path dir) throws IOException {
    ExperimentConfig config = config("model.path_length_weight=2", "training.steps=2",
        "training.checkpoint_every=2", "eval.every=2");

    train(config, dir, false, new TrainingListener() {});

    List<String> lines = Files.readAllLines(dir.resolve("metrics.csv"));
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    assertThat(header).containsSubsequence("g_adversarial", "g_path_length", "g_loss");
    for (String line : lines.subList(1, 3)) {
      String[] cells = line.split(",", -1);
      double adversarial = Double.parseDouble(cells[header.indexOf("g_adversarial")]);
      double pathLength = Double.parseDouble(cells[header.indexOf("g_path_length")]);
      double total = Double.parseDouble(cells[header.indexOf("g_loss")]);
      assertThat(pathLength).isPositive();
      assertThat(total).isCloseTo(adversarial + 2 * pathLength, org.assertj.core.api.Assertions
          .within(1e-4 * Math.abs(total) + 1e-6));
    }
    try (NDManager manager = NDManager.newBaseManager()) {
      Checkpoint last = Checkpoint.read(dir.resolve("checkpoints/latest.ckpt"), manager);
      NDArray mean = last.arrays().entrySet().stream()
          .filter(entry -> entry.getKey().endsWith("pl_mean")).findFirst().orElseThrow().getValue();
      assertThat(mean.getFloat()).as("0.01 of the way to the lengths, twice").isPositive();
    }
  }

  @Test
  void samplesHaveTheDataShapeAndRangeAt28And32Pixels() {
    for (String[] data : List.of(new String[] {"data.image_size=28", "data.channels=1"},
        new String[] {"data.image_size=32", "data.channels=3"})) {
      ExperimentConfig config = config(data);
      DataSource source = DataSources.open(config.data(), config.seed());
      try (NDManager manager = NDManager.newBaseManager()) {
        GanModels models = new StyleganVariant().build(BuildContext.of(config, source, manager));
        NDArray samples = models.generate(manager.randomNormal(new ai.djl.ndarray.types.Shape(3, 8)),
            null);

        assertThat(samples.getShape().getShape()).containsExactly(source.shape().batchShape(3));
        assertThat(samples.max().getFloat()).isLessThanOrEqualTo(1f);
        assertThat(samples.min().getFloat()).isGreaterThanOrEqualTo(-1f);
      }
    }
  }

  @Test
  void wrongOptionValuesNameTheKeyTheValueAndWhatIsAllowed() {
    assertThatThrownBy(() -> config("model.r1_interval=0", "model.truncation=1.5"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("model.r1_interval must be in [1, 1000], found 0")
        .hasMessageContaining("model.truncation must be in [0, 1], found 1.5");
    assertThatThrownBy(() -> config("model.style_mixing=-0.1")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("model.style_mixing must be in [0, 1], found -0.1");
    assertThatThrownBy(() -> config("model.mapping_layer=3")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("mapping_layers");
  }

  private static void train(ExperimentConfig config, Path run, boolean resume,
      TrainingListener listener) {
    DataSource data = DataSources.open(config.data(), config.seed());
    new Trainer(config, ConfigWriter.sha256(config), new StyleganVariant(), data, List.of(),
        new RunDirectory(run), listener).run(resume);
  }

  /** Throws after step {@code crashAfter}, like a killed process. */
  private record CrashAfter(long crashAfter) implements TrainingListener {
    @Override
    public void stepDone(long completed, Map<String, Double> losses) {
      if (completed == crashAfter) {
        throw new SimulatedCrash();
      }
    }
  }

  private static final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
