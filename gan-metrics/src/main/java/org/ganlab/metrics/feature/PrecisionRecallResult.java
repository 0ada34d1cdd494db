package org.ganlab.metrics.feature;

/**
 * Precision and recall of a generated feature set against a real one.
 *
 * @param precision share of generated samples inside the real manifold estimate, in [0, 1]
 * @param recall share of real samples inside the generated manifold estimate, in [0, 1]
 */
public record PrecisionRecallResult(double precision, double recall) {}
