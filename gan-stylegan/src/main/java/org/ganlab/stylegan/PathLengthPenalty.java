package org.ganlab.stylegan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.random.Gaussian;

/**
 * StyleGAN2's path-length regulariser (Karras et al. 2020, §3.2): with y ~ N(0, I)/√(H·W) drawn per
 * image, the length of the Jacobian-vector product a_i = ‖∇_w (g(w)·y)‖ (squared norms summed over w's
 * dimension, averaged over the styles of the layers, then the square root) is pulled towards its running
 * mean ā (updated first, ā ← ā + 0.01·(mean a − ā)): the penalty is mean (a − ā)².
 */
final class PathLengthPenalty {
  /** The running mean's step towards each batch's mean length. */
  static final float DECAY = 0.01f;

  private PathLengthPenalty() {}

  /**
   * Computes the penalty and moves the running mean.
   *
   * @param images generated images {@code [B, C, H, W]}, recorded from {@code styles}
   * @param styles the per-layer styles they were made from {@code [B, layers, wDim]}
   * @param random draws y
   * @param runningMean ā {@code [1]}, updated in place
   * @return the penalty, a scalar, differentiable with respect to the generator's parameters
   */
  static NDArray compute(NDArray images, NDArray styles, SplittableRandom random,
      NDArray runningMean) {
    Shape shape = images.getShape();
    float scale = (float) (1 / Math.sqrt(shape.get(2) * shape.get(3)));
    float[] directions = Gaussian.sample(random, (int) shape.size(), 0, 1);
    for (int i = 0; i < directions.length; i++) {
      directions[i] *= scale;
    }
    NDArray y = NativeArrays.create(images.getManager(), directions, shape);
    NDArray gradient = Autograd.inputGradient(images.mul(y), styles);
    NDArray lengths = gradient.square().sum(new int[] {2}).mean(new int[] {1}).sqrt();
    try (Autograd.Recording paused = Autograd.pause()) {
      float mean = lengths.stopGradient().mean().getFloat();
      float previous = runningMean.getFloat();
      NativeArrays.assign(runningMean, new float[] {previous + DECAY * (mean - previous)});
    }
    return lengths.sub(runningMean).square().mean();
  }
}
