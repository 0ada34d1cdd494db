package org.ganlab.stylegan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The minibatch standard deviation layer (Karras et al. 2018, §3; StyleGAN2's form with one feature):
 * the batch is split into groups of G samples (sample n belongs to group n mod (N/G)); per group, the
 * standard deviation over its G samples of every feature and pixel, √(mean (x − mean x)² + 1e-8), is
 * averaged into one number, appended to each of the group's samples as an extra constant channel.
 * G is the largest of 4, 3, 2, 1 that divides the batch (the paper needs N divisible by 4).
 *
 * <p>Input {@code [N, C, H, W]}, output {@code [N, C + 1, H, W]}. No parameters.
 */
final class MinibatchStddev extends AbstractBlock {
  /** The largest group size, the paper's 4. */
  static final int GROUP = 4;
  private static final float EPSILON = 1e-8f;

  /**
   * Returns the group size used for a batch.
   *
   * @param batch N
   * @return the largest G ≤ 4 that divides N
   */
  static int groupSize(long batch) {
    int group = (int) Math.min(GROUP, batch);
    while (batch % group != 0) {
      group--;
    }
    return group;
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    return new Shape[] {new Shape(in.get(0), in.get(1) + 1, in.get(2), in.get(3))};
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    long[] s = x.getShape().getShape();
    int group = groupSize(s[0]);
    long groups = s[0] / group;
    NDArray y = x.reshape(group, groups, s[1], s[2], s[3]);
    NDArray deviation = y.sub(y.mean(new int[] {0})).square().mean(new int[] {0}).add(EPSILON).sqrt();
    NDArray perGroup = deviation.reshape(groups, -1).mean(new int[] {1}).reshape(groups, 1, 1, 1);
    NDArray feature = perGroup.tile(new long[] {group, 1, s[2], s[3]});
    return new NDList(x.concat(feature, 1));
  }
}
