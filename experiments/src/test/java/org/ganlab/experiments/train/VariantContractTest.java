package org.ganlab.experiments.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.LossConfig;
import org.ganlab.core.config.PenaltyConfig;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.TranslationSource;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.io.Checkpoint;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.loss.Losses;
import org.ganlab.core.testing.SpectralNormLayers;
import org.ganlab.core.testing.SpectralNormLayers.Measured;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.RunStatus;
import org.ganlab.core.train.Trainer;
import org.ganlab.core.train.TrainingListener;
import org.ganlab.core.train.TrainingResult;
import org.ganlab.core.train.TranslationModels;
import org.ganlab.core.train.VariantRegistry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered variant × every loss × every penalty trains two steps at batch 2 on tiny data: the
 * generator's output has the data's shape, every logged loss is finite, and every weight array of both
 * networks changed. (Biases are exempt: under the Wasserstein and hinge losses the last bias of D has a
 * gradient of exactly zero, so it legitimately stays put.) Every variant also trains with
 * {@code model.spectral_norm: true} under the hinge loss and every penalty, for eight steps so the power
 * iteration settles: the same contract, plus at
 * least one normalised layer, each with W/σ(u) of largest singular value about 1 and (with more than one
 * output) a u that moved.
 */
class VariantContractTest {
  private static final VariantRegistry VARIANTS = VariantRegistry.load();

  static Stream<Arguments> combinations() {
    List<Arguments> all = new ArrayList<>();
    for (GanVariant variant : VARIANTS.variants()) {
      for (String loss : LossConfig.TYPES) {
        for (String penalty : PenaltyConfig.TYPES) {
          all.add(Arguments.of(variant.name(), loss, penalty));
        }
      }
    }
    return all.stream();
  }

  static Stream<Arguments> spectralNormCombinations() {
    List<Arguments> all = new ArrayList<>();
    for (GanVariant variant : VARIANTS.variants()) {
      for (String penalty : PenaltyConfig.TYPES) {
        all.add(Arguments.of(variant.name(), penalty));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} penalty={2}")
  @MethodSource("combinations")
  void trainsTwoStepsAndChangesEveryParameter(String variant, String loss, String penalty,
      @TempDir Path dir) {
    trainAndCheckContract(config(variant, loss, penalty), dir);
  }

  @ParameterizedTest(name = "{0} spectral_norm hinge penalty={1}")
  @MethodSource("spectralNormCombinations")
  void trainsEightStepsWithSpectralNorm(String variant, String penalty, @TempDir Path dir) {
    ExperimentConfig config = config(variant, "hinge", penalty, "model.spectral_norm=true",
        "training.steps=8", "eval.every=8");
    RunDirectory run = trainAndCheckContract(config, dir);

    List<Measured> layers;
    try (NDManager manager = NDManager.newBaseManager()) {
      DataSource data = VARIANTS.get(variant).openData(config);
      GanModels models = VARIANTS.get(variant).build(BuildContext.of(config, data, manager));
      layers = SpectralNormLayers.measure(models, Checkpoint.read(run.latestCheckpoint(), manager));
    }
    assertThat(layers).isNotEmpty();
    for (Measured layer : layers) {
      assertThat(layer.normalisedNorm()).as(layer.name()).isCloseTo(1.0, within(0.1));
      if (layer.outputs() > 1) {
        assertThat(layer.trainedU()).as(layer.name()).isNotEqualTo(layer.initialU());
      }
    }
  }

  private static RunDirectory trainAndCheckContract(ExperimentConfig config, Path dir) {
    GanVariant gan = VARIANTS.get(config.model().variant());
    DataSource data = gan.openData(config);
    Map<String, float[]> initial = initialParameters(gan, config, data);

    RunDirectory run = new RunDirectory(dir);
    TrainingResult result = new Trainer(config, ConfigWriter.sha256(config), gan, data, List.of(),
        run, new TrainingListener() {}).run(false);

    assertThat(result.status()).isEqualTo(RunStatus.DONE);
    try (NDManager manager = NDManager.newBaseManager()) {
      Checkpoint last = Checkpoint.read(run.latestCheckpoint(), manager);
      initial.forEach((name, before) -> assertThat(last.arrays().get(name).toFloatArray())
          .as("%s changed", name).isNotEqualTo(before));
    }
    assertThat(TrainedRuns.lossCells(run)).isNotEmpty().allMatch(Double::isFinite);
    return run;
  }

  /**
   * Returns the config on the first tiny source the variant takes: ring8 for vanilla, otherwise shapes,
   * or shapes-translation for a variant that needs two domains (CycleGAN refuses single-domain data).
   */
  private static ExperimentConfig config(String variant, String loss, String penalty,
      String... extra) {
    List<String> sources = variant.equals("vanilla") ? List.of("ring8")
        : List.of("shapes", "shapes-translation");
    ConfigException refused = null;
    for (String source : sources) {
      ExperimentConfig config = configOn(source, variant, loss, penalty, extra);
      try {
        VARIANTS.get(variant).openData(config);
        return config;
      } catch (ConfigException e) {
        refused = e;
      }
    }
    throw refused;
  }

  private static ExperimentConfig configOn(String source, String variant, String loss,
      String penalty, String... extra) {
    List<String> overrides = new ArrayList<>(List.of("model.variant=" + variant,
        "data.source=" + source, "loss.type=" + loss, "loss.penalty.type=" + penalty,
        "loss.penalty.weight=1.0", "model.latent_dim=4", "model.width=4", "training.steps=2",
        "training.batch_size=2", "training.log_every=1", "eval.every=2", "eval.samples=8",
        "eval.grid_size=4", "eval.metrics=[]", "runtime.threads=1"));
    if (loss.equals("wasserstein")) {
      overrides.add("loss.clip=0.5");
    }
    overrides.addAll(List.of(extra));
    return ConfigLoader.load("name: contract\n", "yaml", overrides, VARIANTS);
  }

  private static Map<String, float[]> initialParameters(GanVariant variant, ExperimentConfig config,
      DataSource data) {
    Map<String, float[]> initial = new LinkedHashMap<>();
    try (NDManager manager = NDManager.newBaseManager()) {
      GanModels models = variant.build(new BuildContext(config, data.shape(), data.numClasses(),
          Losses.adversarial(config.loss()), Losses.penalty(config.loss()), manager));
      long[] expected = data.shape().batchShape(3);
      assertThat(sample(models, data, manager).getShape().getShape()).containsExactly(expected);
      models.networks().forEach((network, block) -> {
        for (Pair<String, Parameter> p : block.getParameters()) {
          if (p.getValue().getType() == Parameter.Type.WEIGHT) {
            initial.put("net/" + network + "/" + p.getKey(), p.getValue().getArray().toFloatArray());
          }
        }
      });
    }
    return initial;
  }

  /** Three samples: generated from noise (classes 0, 1, 2 when conditional), or translated. */
  private static NDArray sample(GanModels models, DataSource data, NDManager manager) {
    if (models instanceof TranslationModels translation
        && data instanceof TranslationSource source) {
      Batch inputs = source.heldOutInputs(3);
      return translation.translate(NativeArrays.create(manager, inputs.values(),
          new Shape(inputs.shape().batchShape(inputs.size()))));
    }
    NDArray labels = models.conditional() ? NativeArrays.create(manager, new int[] {0, 1, 2}) : null;
    return models.generate(manager.randomNormal(new Shape(3, models.latentDim())), labels);
  }
}
