package org.ganlab.metrics.extract;

import org.ganlab.core.io.AtomicFiles;

/**
 * A trained evaluator ready to be written: its DJL parameter file and the metadata that goes beside it.
 *
 * @param parameters the bytes of {@code <name>.params}
 * @param metadata the content of {@code <name>.json}; its {@code sha256} is that of {@code parameters}
 */
public record TrainedEvaluator(byte[] parameters, EvaluatorMetadata metadata) {

  /**
   * Checks that the parameters are those the metadata describes.
   *
   * @param where where the pair was read from, for the message
   * @return this pair
   * @throws IllegalStateException when the parameters' SHA-256 differs from the recorded one
   */
  TrainedEvaluator checked(String where) {
    String actual = AtomicFiles.sha256(parameters);
    if (!actual.equals(metadata.sha256())) {
      throw new IllegalStateException(where + " has SHA-256 " + actual + " but its JSON records "
          + metadata.sha256() + ": the weights and their metadata do not belong together");
    }
    return this;
  }
}
