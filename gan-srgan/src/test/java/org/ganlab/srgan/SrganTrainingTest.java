package org.ganlab.srgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.TranslationSource;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.io.Checkpoint;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.PhaseContext;
import org.ganlab.core.train.RunStatus;
import org.ganlab.core.train.Trainer;
import org.ganlab.core.train.TrainingListener;
import org.ganlab.core.train.TranslationModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SRGAN's training: pre-training steps move the generator and leave the discriminator exactly as built
 * (and its loss cells empty), and the generator's loss is the content loss (pixels or features of a
 * frozen network) plus the weighted adversarial term, and the feature loss alone moves every weight of
 * G, so it is differentiable back through G.
 */
class SrganTrainingTest {
  private static final SrganVariant SRGAN = new SrganVariant();

  @Test
  void pretrainingStepsMoveTheGeneratorAndNotTheDiscriminator(@TempDir Path dir) {
    ExperimentConfig config = SrganConfigs.load("model.scale=2", "training.steps=2",
        "training.pretrain_steps=2", "eval.every=2");
    DataSource data = SRGAN.openData(config);
    Map<String, float[]> initial = initialParameters(config, data);

    RunDirectory run = new RunDirectory(dir);
    assertThat(new Trainer(config, ConfigWriter.sha256(config), SRGAN, data, List.of(), run,
        new TrainingListener() {}).run(false).status()).isEqualTo(RunStatus.DONE);

    try (NDManager manager = NDManager.newBaseManager()) {
      Map<String, NDArray> trained = Checkpoint.read(run.latestCheckpoint(), manager).arrays();
      initial.forEach((name, before) -> {
        float[] after = trained.get(name).toFloatArray();
        if (name.startsWith("net/discriminator/")) {
          assertThat(after).as("%s untouched", name).containsExactly(before);
        }
      });
      assertThat(initial.keySet()).filteredOn(name -> name.startsWith("net/generator/")
              && name.endsWith("weight"))
          .isNotEmpty()
          .allSatisfy(name -> assertThat(trained.get(name).toFloatArray())
              .as("%s moved", name).isNotEqualTo(initial.get(name)));
    }
  }

  @Test
  void lossCellsOfPretrainingStepsLeaveTheDiscriminatorsEmpty(@TempDir Path dir) throws IOException {
    ExperimentConfig config = SrganConfigs.load("model.scale=2", "training.steps=3",
        "training.pretrain_steps=2", "eval.every=3");
    DataSource data = SRGAN.openData(config);
    RunDirectory run = new RunDirectory(dir);

    new Trainer(config, ConfigWriter.sha256(config), SRGAN, data, List.of(), run,
        new TrainingListener() {}).run(false);

    List<String> lines = Files.readAllLines(run.metrics());
    List<String> header = List.of(lines.get(0).split(",", -1));
    assertThat(header).startsWith("step", "d_real", "d_fake", "d_loss", "g_content",
        "g_adversarial", "g_loss");
    for (int step = 1; step <= 3; step++) {
      String[] row = lines.get(step).split(",", -1);
      boolean adversarial = step > 2;
      assertThat(row[header.indexOf("d_loss")].isEmpty()).as("d_loss at %d", step)
          .isEqualTo(!adversarial);
      assertThat(row[header.indexOf("g_adversarial")].isEmpty()).isEqualTo(!adversarial);
      assertThat(Double.parseDouble(row[header.indexOf("g_content")])).isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"pixel", "features"})
  void generatorLossIsTheContentLossPlusTheWeightedAdversarialTerm(String content) {
    ExperimentConfig config = SrganConfigs.load("model.scale=2", "model.content_loss=" + content,
        "model.adversarial_weight=0.5");
    TranslationSource data = (TranslationSource) SRGAN.openData(config);
    SRGAN.validate(config, data.shape(), data.numClasses());
    try (NDManager manager = NDManager.newBaseManager()) {
      TranslationModels models = SRGAN.build(BuildContext.of(config, data, manager));
      NDArray real = array(manager, data.trainBatch(0, 2));
      NDArray input = array(manager, data.trainInputs(0, 2));

      Map<String, Double> values = models.phases().get(1).loss(new PhaseContext(manager, 0, real,
          null, input, null, null, new SplittableRandom(1))).values();

      NDArray superResolved = models.networks().get("generator")
          .forward(new ParameterStore(manager, false), new NDList(input), true).singletonOrThrow();
      NDArray weights = ProjectionFeatures.weights(manager, real);
      double expected = content.equals("pixel")
          ? superResolved.sub(real).square().mean().getFloat()
          : ProjectionFeatures.features(superResolved, weights)
              .sub(ProjectionFeatures.features(real, weights)).square().mean().getFloat();
      assertThat(models.networks()).containsOnlyKeys("generator", "discriminator");
      assertThat(values.get("g_content")).isCloseTo(expected, within(1e-6 * expected + 1e-9));
      assertThat(values.get("g_loss"))
          .isCloseTo(values.get("g_content") + 0.5 * values.get("g_adversarial"), within(1e-5));
    }
  }

  @Test
  void featureContentLossAloneMovesEveryGeneratorWeight(@TempDir Path dir) {
    ExperimentConfig config = SrganConfigs.load("model.scale=2", "model.content_loss=features",
        "model.adversarial_weight=0", "training.steps=1", "eval.every=1");
    DataSource data = SRGAN.openData(config);
    SRGAN.validate(config, data.shape(), data.numClasses());
    Map<String, float[]> initial = initialParameters(config, data);

    RunDirectory run = new RunDirectory(dir);
    new Trainer(config, ConfigWriter.sha256(config), SRGAN, data, List.of(), run,
        new TrainingListener() {}).run(false);

    try (NDManager manager = NDManager.newBaseManager()) {
      Map<String, NDArray> trained = Checkpoint.read(run.latestCheckpoint(), manager).arrays();
      assertThat(trained.keySet()).allMatch(name -> !name.startsWith("net/")
          || name.startsWith("net/generator/") || name.startsWith("net/discriminator/"));
      assertThat(initial.keySet()).filteredOn(name -> name.startsWith("net/generator/")
              && name.endsWith("weight"))
          .hasSize(6)
          .allSatisfy(name -> assertThat(trained.get(name).toFloatArray())
              .as("%s moved", name).isNotEqualTo(initial.get(name)));
    }
  }

  private static NDArray array(NDManager manager, Batch batch) {
    return NativeArrays.create(manager, batch.values(),
        new Shape(batch.shape().batchShape(batch.size())));
  }

  private static Map<String, float[]> initialParameters(ExperimentConfig config, DataSource data) {
    Map<String, float[]> initial = new LinkedHashMap<>();
    try (NDManager manager = NDManager.newBaseManager()) {
      TranslationModels models = SRGAN.build(BuildContext.of(config, data, manager));
      models.networks().forEach((network, block) -> {
        for (Pair<String, Parameter> p : block.getParameters()) {
          initial.put("net/" + network + "/" + p.getKey(), p.getValue().getArray().toFloatArray());
        }
      });
    }
    return initial;
  }
}
