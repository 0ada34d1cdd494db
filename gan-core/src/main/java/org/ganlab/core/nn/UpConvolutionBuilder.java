package org.ganlab.core.nn;

/**
 * The settings every ganlab up-convolution shares: square kernel size, output channels and bias.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class UpConvolutionBuilder<B extends UpConvolutionBuilder<B>> {
  int kernel;
  int channels;
  boolean bias = true;

  UpConvolutionBuilder() {}

  abstract B self();

  /**
   * Sets the square kernel size k.
   *
   * @param kernel k ≥ 1
   * @return this builder
   */
  public B kernel(int kernel) {
    this.kernel = kernel;
    return self();
  }

  /**
   * Sets the number of output channels.
   *
   * @param channels ≥ 1
   * @return this builder
   */
  public B channels(int channels) {
    this.channels = channels;
    return self();
  }

  /**
   * Turns the bias on or off.
   *
   * @param bias whether to add a learned bias per output channel
   * @return this builder
   */
  public B bias(boolean bias) {
    this.bias = bias;
    return self();
  }

  static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
