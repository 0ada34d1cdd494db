package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * Models of an image-to-image variant (CycleGAN, SRGAN), trained on a
 * {@link org.ganlab.core.data.TranslationSource}: the generator maps an input image to a target image
 * instead of a latent vector to a sample. Evaluation translates the held-out inputs, compares them with
 * the held-out targets, and scores the same comparison for a baseline the model must beat.
 */
public interface TranslationModels extends GanModels {

  /**
   * Translates inputs in inference mode with the generator named by {@link #generatorName()} (whose
   * moving average is swapped in when the run keeps one).
   *
   * @param input inputs {@code [n, ...inputShape]} in [-1, 1]
   * @return outputs {@code [n, ...targetShape]} in [-1, 1], owned by {@code input}'s manager
   */
  NDArray translate(NDArray input);

  /**
   * Returns the trivial translation the model is compared against: the identity for domain
   * translation, bicubic upsampling for super-resolution.
   *
   * @param input inputs {@code [n, ...inputShape]}
   * @return baseline outputs {@code [n, ...targetShape]}
   */
  NDArray baseline(NDArray input);

  /**
   * Returns whether the model also maps back (a cycle-consistent model), so {@link #translateBack}
   * and {@link #reconstruct} work.
   *
   * @return false unless overridden
   */
  default boolean cycles() {
    return false;
  }

  /**
   * Maps targets back to the input domain, F(y), in inference mode (always with the raw weights: the
   * moving average follows the forward generator only).
   *
   * @param target targets {@code [n, ...targetShape]}
   * @return {@code [n, ...inputShape]}, owned by {@code target}'s manager
   * @throws UnsupportedOperationException when the model does not {@link #cycles()}
   */
  default NDArray translateBack(NDArray target) {
    throw new UnsupportedOperationException("this translation model has no way back");
  }

  /**
   * Maps inputs there and back, F(G(x)), in inference mode with the raw weights.
   *
   * @param input inputs {@code [n, ...inputShape]}
   * @return reconstructions {@code [n, ...inputShape]}
   * @throws UnsupportedOperationException when the model does not {@link #cycles()}
   */
  default NDArray reconstruct(NDArray input) {
    return translateBack(translate(input));
  }

  /**
   * Returns the columns of one sample-grid row per input, all in the target's shape (e.g. the input,
   * its translation and its reconstruction); when the source is paired, the evaluator adds the true
   * target as the last column.
   *
   * @param input inputs {@code [n, ...inputShape]}
   * @return panels, each {@code [n, ...targetShape]}
   */
  List<NDArray> gridPanels(NDArray input);

  /**
   * Returns 0: a translation model draws no latent noise.
   *
   * @return 0
   */
  @Override
  default int latentDim() {
    return 0;
  }

  /**
   * Refuses to sample from noise: a translation model needs inputs ({@link #translate}).
   *
   * @param latent ignored
   * @param labels ignored
   * @return never
   * @throws UnsupportedOperationException always
   */
  @Override
  default NDArray generate(NDArray latent, NDArray labels) {
    throw new UnsupportedOperationException("a translation model translates inputs; use translate()");
  }
}
