package org.ganlab.core.nn;

import ai.djl.ndarray.NDManager;
import java.util.Optional;
import java.util.ServiceLoader;
import org.ganlab.core.data.SampleShape;

/**
 * A pretrained image network with frozen weights whose features a variant can train against, e.g.
 * SRGAN's feature content loss (Ledig et al. 2017 compare VGG features; ganlab compares the features of
 * the evaluator classifier shipped for the data set, since VGG weights cannot be downloaded). Found
 * through {@link java.util.ServiceLoader} (one line in
 * {@code META-INF/services/org.ganlab.core.nn.FeatureNetwork}), so variant modules need not depend on
 * the module that ships the weights.
 */
public interface FeatureNetwork {

  /**
   * Returns the network's name, e.g. {@code fashion-mnist-cnn}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns whether the network was made for images of this data source and can read this shape.
   *
   * @param dataSource the value of {@code data.source}
   * @param shape the shape of one image {@code [C, H, W]}
   * @return true when {@link #load} gives features of such images
   */
  boolean supports(String dataSource, SampleShape shape);

  /**
   * Loads the weights, frozen (they never require a gradient, so no optimizer or checkpoint sees them).
   *
   * @param manager the manager whose lifetime the weights share (a sub-manager of it holds them)
   * @return the feature map
   */
  ImageFeatures load(NDManager manager);

  /**
   * Finds the network registered for a data source and image shape.
   *
   * @param dataSource the value of {@code data.source}
   * @param shape the shape of one image
   * @return the first registered network that supports them, or empty
   */
  static Optional<FeatureNetwork> find(String dataSource, SampleShape shape) {
    for (FeatureNetwork network : ServiceLoader.load(FeatureNetwork.class)) {
      if (network.supports(dataSource, shape)) {
        return Optional.of(network);
      }
    }
    return Optional.empty();
  }
}
