package org.ganlab.core.config;

import java.util.List;

/** The default values of config sections that tests spell out when comparing whole records. */
final class DefaultSections {

  /** {@code eval.extractor} when the user gives none. */
  static final ExtractorConfig EXTRACTOR =
      new ExtractorConfig("auto", null, 299, 3, List.of(0.0), List.of(1.0), 256);

  private DefaultSections() {}

  /**
   * Returns an eval section with the default extractor and no bootstrap.
   *
   * @param every eval.every
   * @param samples eval.samples
   * @param metrics eval.metrics
   * @param gridSize eval.grid_size
   * @return the section
   */
  static EvalConfig eval(int every, int samples, List<String> metrics, int gridSize) {
    return new EvalConfig(every, samples, metrics, gridSize, EXTRACTOR, 0);
  }
}
