package org.ganlab.vanilla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.train.BuildContext;
import org.junit.jupiter.api.Test;

/**
 * {@code model.activation: maxout}: D's hidden layers are maxout units (a known answer on hand-set
 * weights), the keys are validated, and configs without them keep their hash.
 */
class VanillaMaxoutTest {
  private static final VariantOptionsResolver VANILLA =
      VariantOptionsResolver.of(Map.of("vanilla", VanillaOptions.class));

  private static ExperimentConfig config(String... overrides) {
    List<String> all = new ArrayList<>(List.of("model.variant=vanilla", "data.source=ring8"));
    all.addAll(List.of(overrides));
    return ConfigLoader.load("name: maxout\n", "yaml", all, VANILLA);
  }

  @Test
  void discriminatorHiddenUnitsAreTheMaximumOfTheirPieces() {
    ExperimentConfig config = config("model.activation=maxout", "model.maxout_pieces=3",
        "model.width=2", "model.depth=1", "model.latent_dim=2");
    VanillaVariant variant = new VanillaVariant();
    DataSource data = variant.openData(config);
    try (NDManager manager = NDManager.newBaseManager()) {
      Block discriminator =
          variant.build(BuildContext.of(config, data, manager)).networks().get("discriminator");
      List<Parameter> parameters = discriminator.getParameters().stream().map(Pair::getValue).toList();
      assertThat(parameters).extracting(p -> p.getArray().getShape()).containsExactly(
          new Shape(6, 2), new Shape(6), new Shape(1, 2), new Shape(1));
      // Unit 0 reads rows 0..2, unit 1 rows 3..5 (consecutive pieces).
      set(parameters.get(0), 1, 0, 0, 1, 1, 1, -1, 0, 0, -1, -1, -1);
      set(parameters.get(1), 0, 0, -1.5f, 0.5f, 0, 0);
      set(parameters.get(2), 1, 2);
      set(parameters.get(3), 0.25f);
      NDArray x = NativeArrays.create(manager, new float[] {1, 2, -1, 0}, new Shape(2, 2));

      float[] logits = discriminator.forward(new ParameterStore(manager, false), new NDList(x), false)
          .singletonOrThrow().toFloatArray();

      // x = (1, 2): pieces (1, 2, 1.5) and (-0.5, -2, -3), units (2, -0.5), logit 2 - 1 + 0.25.
      // x = (-1, 0): pieces (-1, 0, -2.5) and (1.5, 0, 1), units (0, 1.5), logit 0 + 3 + 0.25.
      assertThat(logits[0]).isCloseTo(1.25f, within(1e-6f));
      assertThat(logits[1]).isCloseTo(3.25f, within(1e-6f));
    }
  }

  @Test
  void maxoutDefaultsToFivePiecesAndLeakyReluConfigsKeepTheirHash() {
    assertThat(config("model.activation=maxout").model().options(VanillaOptions.class))
        .isEqualTo(new VanillaOptions(3, "maxout", 5));
    String plain = ConfigWriter.toCanonicalJson(config());
    assertThat(plain).contains("\"model\":{\"depth\":3,\"latent_dim\":64,\"spectral_norm\":false,"
        + "\"variant\":\"vanilla\",\"width\":128}");
    assertThat(ConfigWriter.sha256(config("model.activation=leaky-relu")))
        .isEqualTo(ConfigWriter.sha256(config()));
    assertThat(ConfigWriter.toCanonicalJson(config("model.activation=maxout")))
        .contains("\"activation\":\"maxout\"").contains("\"maxout_pieces\":5");
  }

  @Test
  void badValuesNameTheFieldTheValueAndWhatIsAllowed() {
    assertThat(failure("model.activation=relu")).hasMessageContaining("model.activation")
        .hasMessageContaining("leaky-relu, maxout").hasMessageContaining("'relu'");
    assertThat(failure("model.activation=maxout", "model.maxout_pieces=1"))
        .hasMessageContaining("model.maxout_pieces").hasMessageContaining("[2, 32]")
        .hasMessageContaining("found 1");
    assertThat(failure("model.activation=maxout", "model.maxout_pieces=33"))
        .hasMessageContaining("found 33");
    assertThat(failure("model.maxout_pieces=4")).hasMessageContaining("model.maxout_pieces")
        .hasMessageContaining("applies only to model.activation maxout").hasMessageContaining("found 4");
  }

  private static ConfigException failure(String... overrides) {
    return catchThrowableOfType(() -> config(overrides), ConfigException.class);
  }

  private static void set(Parameter parameter, float... values) {
    parameter.getArray().set(FloatBuffer.wrap(values));
  }
}
