package org.ganlab.stylegan;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import java.util.SplittableRandom;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.random.Gaussian;
import org.ganlab.core.train.ParameterInitializer;
import org.ganlab.core.train.Seeds;

/**
 * StyleGAN2's initial weights, drawn from seeds derived from the run seed: every weight N(0, 1) (the
 * equalised learning rate scales them at run time), mapping weights N(0, 1/0.01²) (their multiplier
 * brings them back), biases 0 except the style affines' (1), noise strengths 0, w̄ 0, and each synthesis
 * layer's fixed noise N(0, 1).
 */
final class StyleganInitializer {
  private final long seed;
  private final ParameterInitializer weights;

  /**
   * Creates the initializer of one run.
   *
   * @param seed the run seed
   */
  StyleganInitializer(long seed) {
    this.seed = seed;
    this.weights = new ParameterInitializer(seed);
  }

  /**
   * Initialises the generator.
   *
   * @param network its stable name
   * @param generator the initialised block
   */
  void generator(String network, StyleGenerator generator) {
    weights.normal(network, generator, 1.0);
    for (EqualizedLinear layer : generator.mapping().layers()) {
      layer.getParameters().get("weight").getArray().divi(layer.multiplier());
    }
    int index = 0;
    for (SynthesisLayer layer : generator.synthesis().layers()) {
      NDArray noise = layer.constantNoise();
      SplittableRandom random =
          new SplittableRandom(Seeds.derive(seed, "init/" + network + "/noise_const", index++));
      NativeArrays.assign(noise, Gaussian.sample(random, (int) noise.size(), 0, 1));
    }
  }

  /**
   * Initialises the discriminator.
   *
   * @param network its stable name
   * @param discriminator the initialised block
   */
  void discriminator(String network, Block discriminator) {
    weights.normal(network, discriminator, 1.0);
  }
}
