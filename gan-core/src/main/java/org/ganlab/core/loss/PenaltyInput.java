package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * What a gradient penalty needs.
 *
 * @param discriminator maps a batch of samples to logits, in training mode (labels, if any, are bound
 *     inside)
 * @param real real samples {@code [B, ...]}
 * @param fake generated samples {@code [B, ...]}, detached from the generator
 * @param random seeded source of the interpolation weights (derived from run seed and step)
 */
public record PenaltyInput(
    UnaryOperator<NDArray> discriminator,
    NDArray real,
    NDArray fake,
    SplittableRandom random) {}
