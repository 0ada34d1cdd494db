package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.SplittableRandom;

/**
 * The inputs of one phase repetition. All arrays belong to {@link #manager()}, which is closed when the
 * repetition ends.
 *
 * @param manager the step's sub-manager
 * @param step the training step (0-based)
 * @param real real samples {@code [B, ...]}, images in [-1, 1]
 * @param realLabels labels of the real samples {@code [B]} (int32), or {@code null}
 * @param input inputs {@code [B, ...inputShape]} of a translation source (drawn with the real targets
 *     but not paired with them unless the source says so), or {@code null} for other sources
 * @param latent latent noise {@code [B, latentDim]} drawn from N(0, 1), or {@code null} for a model
 *     with no latent (latentDim 0)
 * @param fakeLabels labels to condition generated samples on {@code [B]} (int32) for a conditional
 *     model, otherwise {@code null}
 * @param random seeded randomness for anything else the phase draws (e.g. interpolation weights)
 */
public record PhaseContext(
    NDManager manager,
    long step,
    NDArray real,
    NDArray realLabels,
    NDArray input,
    NDArray latent,
    NDArray fakeLabels,
    SplittableRandom random) {}
