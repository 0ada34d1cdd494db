package org.ganlab.cyclegan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.SplittableRandom;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.engine.NativeArrays;

/**
 * The history of generated images a discriminator is trained on (Shrivastava et al., "Learning from
 * Simulated and Unsupervised Images through Adversarial Training", CVPR 2017; as in Zhu et al.'s
 * CycleGAN code). While fewer than {@code capacity} fakes are stored, each new fake is stored and
 * returned; once full, each new fake is, with probability ½, swapped for a uniformly chosen stored one
 * (the stored one is returned, the new one takes its place), and otherwise returned as it is.
 *
 * <p>The stored images {@code images [capacity, C, H, W]} and how many are filled ({@code count [1]})
 * are non-trainable parameters, so checkpoints carry them and a resumed run draws from exactly the pool
 * an uninterrupted run would; they are updated in place. A pool of capacity 0 has no parameters and
 * returns every fake unchanged. The block is queried ({@link #query}), never run forward.
 */
final class ImagePool extends AbstractBlock {
  private final int capacity;
  private final SampleShape sampleShape;
  private final Parameter images;
  private final Parameter count;

  /**
   * Creates an empty pool.
   *
   * @param capacity how many fakes it keeps (0 for none)
   * @param sampleShape the shape of one image {@code [C, H, W]}
   */
  ImagePool(int capacity, SampleShape sampleShape) {
    if (capacity < 0) {
      throw new IllegalArgumentException("image pool capacity must be >= 0, found " + capacity);
    }
    this.capacity = capacity;
    this.sampleShape = sampleShape;
    this.images = capacity == 0 ? null : addParameter(stateParameter("images"));
    this.count = capacity == 0 ? null : addParameter(stateParameter("count"));
  }

  private static Parameter stateParameter(String name) {
    return Parameter.builder()
        .setName(name)
        .setType(Parameter.Type.OTHER)
        .optRequiresGrad(false)
        .optInitializer(Initializer.ZEROS)
        .build();
  }

  /**
   * Creates the pool's parameters (zeros: an empty pool) in a long-lived manager.
   *
   * @param manager the manager that owns the parameters
   */
  void initialize(NDManager manager) {
    initialize(manager, DataType.FLOAT32, new Shape(sampleShape.batchShape(1)));
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    if (capacity > 0) {
      images.setShape(new Shape(sampleShape.batchShape(capacity)));
      count.setShape(new Shape(1));
    }
  }

  /**
   * Returns how many fakes are stored.
   *
   * @return 0 to capacity
   */
  int size() {
    return capacity == 0 ? 0 : Math.round(count.getArray().getFloat(0));
  }

  /**
   * Passes a batch of fakes through the pool, in order, updating the pool in place.
   *
   * @param fakes new fakes {@code [B, C, H, W]}, detached from any graph
   * @param random the phase's seeded randomness (one draw per fake once the pool is full, and a second
   *     one for the slot when a stored fake is returned)
   * @return the fakes to train the discriminator on {@code [B, C, H, W]}, in {@code fakes}' manager
   */
  NDArray query(NDArray fakes, SplittableRandom random) {
    if (capacity == 0) {
      return fakes;
    }
    NDManager scope = fakes.getManager();
    NDArray stored = images.getArray();
    int filled = size();
    NDList chosen = new NDList();
    for (int i = 0; i < fakes.getShape().get(0); i++) {
      NDArray fake = fakes.get(i);
      if (filled < capacity) {
        stored.set(new NDIndex("{}", filled++), fake);
        chosen.add(fake);
      } else if (random.nextDouble() < 0.5) {
        int slot = random.nextInt(capacity);
        NDArray row = stored.get(slot);
        row.attach(scope);
        chosen.add(row.duplicate());
        stored.set(new NDIndex("{}", slot), fake);
      } else {
        chosen.add(fake);
      }
    }
    NativeArrays.assign(count.getArray(), new float[] {filled});
    return NDArrays.stack(chosen);
  }

  /**
   * Returns the input shapes: a pool returns as many images as it is given.
   *
   * @param inputShapes {@code [B, C, H, W]}
   * @return the same shapes
   */
  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return inputShapes;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore parameterStore,
      NDList inputs,
      boolean training,
      PairList<String, Object> params) {
    throw new UnsupportedOperationException("an image pool is queried, not run forward");
  }
}
