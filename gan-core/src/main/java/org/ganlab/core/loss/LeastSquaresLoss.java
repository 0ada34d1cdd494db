package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;
import org.ganlab.core.engine.NativeArrays;

/**
 * The least-squares GAN objective of Mao et al., "Least Squares Generative Adversarial Networks" (ICCV
 * 2017), with targets a = 0 (fake), b = 1 (real) and c = 1 (what G wants D to say), on raw outputs: D
 * minimises ½·mean((r − 1)²) + ½·mean(f²); G minimises ½·mean((f − 1)²).
 */
public final class LeastSquaresLoss implements AdversarialLoss {

  /** Config name of this loss. */
  public static final String NAME = "least-squares";

  /** Creates the loss. */
  public LeastSquaresLoss() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public LossTerms discriminator(NDArray realLogits, NDArray fakeLogits) {
    return LossTerms.discriminator(
        halfMean(realLogits.sub(1f).square()), halfMean(fakeLogits.square()));
  }

  @Override
  public NDArray generator(NDArray fakeLogits) {
    return halfMean(fakeLogits.sub(1f).square());
  }

  /** ½·mean(x), with the ½ in libtorch memory ({@link NativeArrays#scalar}). */
  private static NDArray halfMean(NDArray x) {
    return x.mean().mul(NativeArrays.scalar(x, 0.5f));
  }
}
