package org.ganlab.experiments.bench;

import java.util.function.DoubleSupplier;

/**
 * One operation timed by {@code ganlab bench metrics}. {@link #prepare()} builds its inputs, which is
 * not timed; the operation it returns is then run once to warm up and {@code --repeats} times timed.
 * New benchmarks (e.g. evaluator feature extraction) are added as further measurements in
 * {@link MetricsBench#measurements()}.
 */
public interface Measurement {

  /**
   * Names the measurement in the report, with its sizes.
   *
   * @return e.g. {@code FID from statistics, d=2048}
   */
  String name();

  /**
   * Builds the inputs (not timed).
   *
   * @return the timed operation; it returns a number derived from its result (printed in the report,
   *     and keeping the work from being optimised away)
   */
  DoubleSupplier prepare();
}
