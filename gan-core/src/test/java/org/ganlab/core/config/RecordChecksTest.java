package org.ganlab.core.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.FakeVariants.PlainOptions;
import org.junit.jupiter.api.Test;

/** The records' own checks, for code that builds configs without the loader. */
class RecordChecksTest {

  private static final TrainingConfig TRAINING =
      new TrainingConfig(2000, 64, 1, 2e-4, 2e-4, List.of(0.5, 0.999), "none", 0, 0.0, 1000, 10);

  @Test
  void defaultValuesAreValid() {
    ExperimentConfig config =
        new ExperimentConfig(
            "ganlab-run",
            1,
            new DataConfig("ring8", null, 28, 1),
            new ModelConfig("plain", 64, 128, new PlainOptions()),
            new LossConfig("non-saturating", 0.0, new PenaltyConfig("none", 10.0)),
            TRAINING,
            DefaultSections.eval(500, 2500, List.of("modes"), 64),
            new RuntimeConfig(2, "cpu", "avx2"));

    assertThatCode(() -> ConfigValidator.validate(config)).doesNotThrowAnyException();
  }

  @Test
  void messageNamesFieldRuleAndValue() {
    assertThatThrownBy(
            () -> new TrainingConfig(10, 64, 1, 2e-4, -1.0, List.of(0.5, 0.9), "none", 0, 0, 0, 1))
        .isInstanceOf(ConfigException.class)
        .hasMessage("training.lr_d must be > 0, found -1.0")
        .extracting(e -> ((ConfigException) e).field())
        .isEqualTo("training.lr_d");
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<String> metrics = new ArrayList<>(List.of("fid"));
    EvalConfig eval = DefaultSections.eval(1, 1, metrics, 1);
    metrics.add("kid");

    assertThatThrownBy(() -> eval.metrics().add("is")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> TRAINING.betas().set(0, 0.1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void modelOptionsMustNotBeNull() {
    assertThatThrownBy(() -> new ModelConfig("plain", 64, 128, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("model options must be a record");
  }

  @Test
  void nullBetaIsRejected() {
    List<Double> betas = new ArrayList<>();
    betas.add(0.5);
    betas.add(null);

    assertThatThrownBy(() -> new TrainingConfig(10, 1, 1, 1, 1, betas, "none", 0, 0, 0, 1))
        .hasMessage("training.betas values must be in [0, 1), found [0.5, null]");
  }
}
