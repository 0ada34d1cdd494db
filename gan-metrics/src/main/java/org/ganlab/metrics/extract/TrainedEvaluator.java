package org.ganlab.metrics.extract;

/**
 * A trained evaluator ready to be written: its DJL parameter file and the metadata that goes beside it.
 *
 * @param parameters the bytes of {@code <name>.params}
 * @param metadata the content of {@code <name>.json}; its {@code sha256} is that of {@code parameters}
 */
public record TrainedEvaluator(byte[] parameters, EvaluatorMetadata metadata) {}
