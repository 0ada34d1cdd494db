package org.ganlab.experiments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reference matrix product computes what it claims and is timed. */
class SgemmMeasurementTest {

  @Test
  void productOfHalvesHasEntriesOfAQuarterOfTheSideAndIsTimed() {
    try (SgemmMeasurement sgemm = new SgemmMeasurement(96)) {
      Timing timing = Timing.of(sgemm, 2);
      // Every entry is the sum of 96 products 0.5 · 0.5.
      assertThat(timing.value()).isEqualTo(24.0);
      assertThat(timing.medianMillis()).isPositive();
      assertThat(sgemm.flops()).isEqualTo(2L * 96 * 96 * 96);
      assertThat(sgemm.name()).isEqualTo("sgemm 96x96");
    }
  }
}
