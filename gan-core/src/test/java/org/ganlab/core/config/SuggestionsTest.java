package org.ganlab.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edit distances against hand-counted values, and which near misses get a hint. */
class SuggestionsTest {

  @ParameterizedTest
  @CsvSource({
    "trainig, training, 1",
    "hinje, hinge, 1",
    "ab, ba, 1",
    "lr_gg, lr_g, 1",
    "kitten, sitting, 3",
    "'', abc, 3",
    "same, same, 0"
  })
  void distanceCountsEdits(String a, String b, int expected) {
    assertThat(Suggestions.distance(a, b)).isEqualTo(expected);
  }

  @Test
  void closestPrefersTheNearestCandidate() {
    assertThat(Suggestions.closest("lr_gg", List.of("lr_d", "lr_g"))).contains("lr_g");
    assertThat(Suggestions.closest("Hinge", List.of("hinge"))).contains("hinge");
  }

  @Test
  void farOrShortMissesGetNoHint() {
    assertThat(Suggestions.closest("colour", List.of("every", "samples"))).isEmpty();
    assertThat(Suggestions.closest("ab", List.of("ema"))).isEmpty();
    assertThat(Suggestions.hint("zzz", List.of("seed"))).isEmpty();
  }
}
