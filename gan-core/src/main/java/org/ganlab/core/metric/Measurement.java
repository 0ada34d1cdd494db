package org.ganlab.core.metric;

import java.util.Map;

/**
 * One metric's result on one set of generated samples, able to recompute itself on a bootstrap resample
 * of those samples (the real reference held fixed), and saying how it was measured.
 */
public interface Measurement {

  /**
   * Returns the values on all generated samples.
   *
   * @return a value for every column of the metric
   */
  Map<String, Double> values();

  /**
   * Recomputes the values on a resample of the generated samples.
   *
   * @param rows indices into the generated samples, drawn with replacement, as many as there are samples
   * @return a value for every column of the metric
   */
  Map<String, Double> resampled(int[] rows);

  /**
   * Returns how the values were measured: extractor name and hash, numbers of real and generated
   * samples, reference split and parameters, so results measured differently are never compared.
   *
   * @return protocol entries, JSON-serialisable
   */
  Map<String, Object> protocol();
}
