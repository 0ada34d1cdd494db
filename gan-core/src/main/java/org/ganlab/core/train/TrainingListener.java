package org.ganlab.core.train;

import java.util.Map;

/** Receives a run's progress, e.g. to draw a progress bar. Every method has an empty default. */
public interface TrainingListener {

  /**
   * Called once before the first step.
   *
   * @param firstStep the step training starts at (non-zero when resuming)
   * @param totalSteps the configured number of steps
   */
  default void started(long firstStep, long totalSteps) {}

  /**
   * Called after every step.
   *
   * @param completed steps completed so far
   * @param losses the step's loss terms
   */
  default void stepDone(long completed, Map<String, Double> losses) {}

  /**
   * Called after every evaluation.
   *
   * @param completed steps completed so far
   * @param metrics the metric values
   */
  default void evaluated(long completed, Map<String, Double> metrics) {}

  /**
   * Called once when the run ends, whatever the outcome.
   *
   * @param result the outcome
   */
  default void finished(TrainingResult result) {}
}
