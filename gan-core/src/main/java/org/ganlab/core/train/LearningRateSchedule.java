package org.ganlab.core.train;

import org.ganlab.core.config.TrainingConfig;

/**
 * The learning rate at a step: constant, or constant until {@code decay_start} and then linear to zero at
 * the last step (as in CycleGAN's schedule).
 */
public final class LearningRateSchedule {
  private final boolean linear;
  private final int decayStart;
  private final int steps;

  /**
   * Creates the schedule from the config.
   *
   * @param training the training section
   */
  public LearningRateSchedule(TrainingConfig training) {
    this.linear = "linear".equals(training.lrDecay());
    this.decayStart = training.decayStart();
    this.steps = training.steps();
  }

  /**
   * Returns the rate for a step.
   *
   * @param base the configured rate
   * @param step 0-based step
   * @return the rate to use
   */
  public double rate(double base, long step) {
    if (!linear || step < decayStart) {
      return base;
    }
    return base * (1.0 - (double) (step - decayStart) / (steps - decayStart));
  }
}
