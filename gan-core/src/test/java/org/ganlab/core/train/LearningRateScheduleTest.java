package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ganlab.core.config.TrainingConfig;
import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

  private static TrainingConfig training(String decay, int start) {
    return new TrainingConfig(100, 8, 1, 1e-3, 1e-3, List.of(0.5, 0.999), decay, start, 0, 0, 1);
  }

  @Test
  void constantScheduleNeverChanges() {
    LearningRateSchedule schedule = new LearningRateSchedule(training("none", 0));
    assertThat(schedule.rate(2e-4, 0)).isEqualTo(2e-4);
    assertThat(schedule.rate(2e-4, 99)).isEqualTo(2e-4);
  }

  @Test
  void linearDecayIsFlatThenFallsToZeroAtTheEnd() {
    LearningRateSchedule schedule = new LearningRateSchedule(training("linear", 50));
    assertThat(schedule.rate(1.0, 49)).isEqualTo(1.0);
    assertThat(schedule.rate(1.0, 50)).isEqualTo(1.0);
    assertThat(schedule.rate(1.0, 75)).isCloseTo(0.5, within(1e-12));
    assertThat(schedule.rate(1.0, 99)).isCloseTo(0.02, within(1e-12));
  }
}
