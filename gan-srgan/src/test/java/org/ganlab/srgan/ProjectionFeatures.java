package org.ganlab.srgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.nn.FeatureNetwork;
import org.ganlab.core.nn.ImageFeatures;

/**
 * A stand-in feature network for {@code data.source: shapes} in this module's tests (the real evaluator
 * CNNs live in gan-metrics): tanh of a fixed projection of the flattened images to 8 features.
 */
public final class ProjectionFeatures implements FeatureNetwork {
  /** Number of features. */
  static final int DIMENSION = 8;

  @Override
  public String name() {
    return "projection";
  }

  @Override
  public boolean supports(String dataSource, SampleShape shape) {
    return "shapes".equals(dataSource) && shape.isImage();
  }

  @Override
  public ImageFeatures load(NDManager manager) {
    return images -> features(images, weights(manager.newSubManager(), images));
  }

  /**
   * Computes the features with the given projection.
   *
   * @param images {@code [B, C, H, W]}
   * @param weights {@code [C·H·W, 8]}
   * @return {@code [B, 8]}
   */
  static NDArray features(NDArray images, NDArray weights) {
    return images.reshape(images.getShape().get(0), -1).matMul(weights).tanh();
  }

  /**
   * Returns the fixed projection for images of this shape.
   *
   * @param manager owner of the result
   * @param images a batch whose per-image size fixes the projection's rows
   * @return {@code [C·H·W, 8]}, not requiring a gradient
   */
  static NDArray weights(NDManager manager, NDArray images) {
    int inputs = (int) (images.size() / images.getShape().get(0));
    float[] values = new float[inputs * DIMENSION];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) (0.05 * StrictMath.sin(1.7 * i));
    }
    return NativeArrays.create(manager, values, new Shape(inputs, DIMENSION));
  }
}
