package org.ganlab.core.nn;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.Seeds;

/**
 * Makes a discriminator's convolution and linear layers, plain or spectrally normalised as
 * {@code model.spectral_norm} asks (Miyato et al., "Spectral Normalization for Generative Adversarial
 * Networks", ICLR 2018). Generators never use it.
 *
 * <p>With spectral normalisation, the u vector of the i-th layer this factory makes (counting from 0,
 * plain or not) starts from the seed {@code Seeds.derive(seed, "spectral-norm", i)}: every layer gets its
 * own draw, and building the same networks again in the same order gives the same seeds. Use one factory
 * for all the discriminators of one model so that no two layers share a seed.
 */
public final class DiscriminatorLayers {
  private static final String PURPOSE = "spectral-norm";

  private final boolean spectralNorm;
  private final long seed;
  private int layers;

  /**
   * Creates a factory.
   *
   * @param spectralNorm whether to normalise every layer
   * @param seed the run seed, from which each layer's u seed is derived
   */
  public DiscriminatorLayers(boolean spectralNorm, long seed) {
    this.spectralNorm = spectralNorm;
    this.seed = seed;
  }

  /**
   * Returns the factory a run's config asks for: {@code model.spectral_norm} and the run seed.
   *
   * @param context the build context
   * @return a fresh factory, its layer count at 0
   */
  public static DiscriminatorLayers of(BuildContext context) {
    return new DiscriminatorLayers(context.config().model().spectralNorm(), context.config().seed());
  }

  /**
   * Makes a square 2-D convolution: input {@code [N, in, H, W]}, output {@code [N, filters, (H + 2p −
   * k)/s + 1, (W + 2p − k)/s + 1]}. A DJL {@link Conv2d}, or a {@link SpectralNormConv2d} with the same
   * parameters.
   *
   * @param kernel the kernel size k ≥ 1
   * @param stride the stride s ≥ 1 in both directions
   * @param padding the zero padding p ≥ 0 on every side
   * @param filters the output channels ≥ 1
   * @param bias whether to add a learned bias per output channel
   * @return the layer, not yet initialised
   */
  public Block conv(int kernel, int stride, int padding, int filters, boolean bias) {
    long layerSeed = nextSeed();
    if (spectralNorm) {
      return SpectralNormConv2d.builder().setKernel(kernel).optStride(stride).optPadding(padding)
          .setFilters(filters).optBias(bias).optSeed(layerSeed).build();
    }
    return Conv2d.builder().setKernelShape(new Shape(kernel, kernel)).optStride(new Shape(stride, stride))
        .optPadding(new Shape(padding, padding)).setFilters(filters).optBias(bias).build();
  }

  /**
   * Makes a fully connected layer: input {@code [..., in]}, output {@code [..., units]}. A DJL
   * {@link Linear}, or a {@link SpectralNormLinear} with the same parameters.
   *
   * @param units the outputs ≥ 1
   * @param bias whether to add a learned bias per output
   * @return the layer, not yet initialised
   */
  public Block linear(int units, boolean bias) {
    long layerSeed = nextSeed();
    if (spectralNorm) {
      return SpectralNormLinear.builder().setUnits(units).optBias(bias).optSeed(layerSeed).build();
    }
    return Linear.builder().setUnits(units).optBias(bias).build();
  }

  private long nextSeed() {
    return Seeds.derive(seed, PURPOSE, layers++);
  }
}
