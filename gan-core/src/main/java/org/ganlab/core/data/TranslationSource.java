package org.ganlab.core.data;

/**
 * A data source for image-to-image translation: its samples ({@link #trainBatch}, {@link #heldOut}) are
 * the targets, and each batch index also has a batch of inputs. CycleGAN learns domain A (inputs) to
 * domain B (targets) from unpaired batches; SRGAN learns low-resolution inputs to high-resolution
 * targets. Evaluation translates {@link #heldOutInputs} and compares with {@link #heldOut}: as sets
 * (FID), and sample by sample when the source is {@link #paired()}.
 */
public interface TranslationSource extends DataSource {

  /**
   * Returns the shape of one input sample.
   *
   * @return {@code [C, H, W]}
   */
  SampleShape inputShape();

  /**
   * Returns the inputs of batch number {@code index}, a pure function of the run seed and the index like
   * {@link #trainBatch}; drawn independently of the targets unless the source pairs them in training.
   *
   * @param index batch index (0, 1, 2, ...)
   * @param batchSize samples per batch
   * @return {@code [batchSize, ...inputShape]} in [-1, 1]
   */
  Batch trainInputs(long index, int batchSize);

  /**
   * Returns the first {@code n} held-out inputs. When the source is {@link #paired()}, the true
   * translation of input {@code i} is held-out target {@code i}.
   *
   * @param n how many inputs (a file-backed source may return fewer if it has fewer)
   * @return {@code [n', ...inputShape]}
   */
  Batch heldOutInputs(int n);

  /**
   * Returns whether every held-out input has a known true translation (its held-out target).
   *
   * @return true for known-answer tasks (shapes-translation, super-resolution)
   */
  boolean paired();
}
