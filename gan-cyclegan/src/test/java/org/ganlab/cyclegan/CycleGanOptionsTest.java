package org.ganlab.cyclegan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ganlab.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CycleGanOptionsTest {

  @Test
  void defaultsAreThePapersScaledToSmallImages() {
    CycleGanOptions options = CycleGanConfigs.tiny("model.res_blocks=3", "model.pool_size=50")
        .model().options(CycleGanOptions.class);

    assertThat(options).isEqualTo(CycleGanOptions.defaults());
    assertThat(options.resBlocks()).isEqualTo(3);
    assertThat(options.cycleWeight()).isEqualTo(10.0);
    assertThat(options.identityWeight()).isEqualTo(0.5);
    assertThat(options.poolSize()).isEqualTo(50);
    assertThat(options.upsample()).isEqualTo("transposed");
  }

  @Test
  void keysBindFromTheModelSection() {
    CycleGanOptions options = CycleGanConfigs.tiny("model.res_blocks=5", "model.cycle_weight=4.5",
        "model.identity_weight=0", "model.pool_size=0", "model.upsample=resize").model()
        .options(CycleGanOptions.class);

    assertThat(options).isEqualTo(new CycleGanOptions(5, 4.5, 0.0, 0, "resize"));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "model.res_blocks|0|model.res_blocks must be in 1..32, found 0",
      "model.res_blocks|33|model.res_blocks must be in 1..32, found 33",
      "model.cycle_weight|-1|model.cycle_weight must be a finite number >= 0, found -1.0",
      "model.identity_weight|-0.5|model.identity_weight must be a finite number >= 0, found -0.5",
      "model.pool_size|-1|model.pool_size must be in 0..10000, found -1",
      "model.upsample|nearest|model.upsample must be one of transposed, resize, found nearest"})
  void badValuesAreRefusedNamingKeyValueAndRange(String key, String value, String message) {
    assertThatThrownBy(() -> CycleGanConfigs.tiny(key + "=" + value))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo(key))
        .hasMessageContaining(message);
  }

  @Test
  void nonFiniteWeightsAreRefused() {
    assertThatThrownBy(() -> new CycleGanOptions(3, Double.POSITIVE_INFINITY, 0.5, 50, "resize"))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("model.cycle_weight"))
        .hasMessage("model.cycle_weight must be a finite number >= 0, found Infinity");
    assertThatThrownBy(() -> new CycleGanOptions(3, 10, Double.NaN, 50, "resize"))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("model.identity_weight"))
        .hasMessage("model.identity_weight must be a finite number >= 0, found NaN");
  }

  @Test
  void keysOfOtherVariantsAreUnknown() {
    assertThatThrownBy(() -> CycleGanConfigs.tiny("model.depth=3"))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("model.depth"))
        .hasMessageContaining("cyclegan");
  }
}
