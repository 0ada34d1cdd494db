package org.ganlab.core.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Renders batches of random shapes from a seed, as filled shapes or as their outlines (the same seed
 * gives the same shapes either way): what {@link ShapesSource} and {@link ShapesTranslationSource} share. Keeps one
 * {@link ShapeRenderer} per thread.
 */
final class ShapePainter {
  private final SampleShape shape;
  private final ThreadLocal<ShapeRenderer> renderer;

  /**
   * Creates a painter of {@code [C, S, S]} images.
   *
   * @param imageSize side length S in pixels (at least 8)
   * @param channels 1 (grey) or 3 (RGB)
   */
  ShapePainter(int imageSize, int channels) {
    if (imageSize < 8 || (channels != 1 && channels != 3)) {
      throw new IllegalArgumentException(
          "shapes needs image size >= 8 and 1 or 3 channels, found " + imageSize + ", " + channels);
    }
    this.shape = new SampleShape(channels, imageSize, imageSize);
    this.renderer = ThreadLocal.withInitial(() -> new ShapeRenderer(imageSize, channels));
  }

  /**
   * Returns the parameters the images are generated from, for provenance.
   *
   * @return {@code image_size}, {@code channels} and the shape classes in label order
   */
  Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("image_size", Integer.toString(shape.dims()[1]));
    parameters.put("channels", Integer.toString(shape.dims()[0]));
    parameters.put("shape_classes", Arrays.stream(ShapeKind.values())
        .map(kind -> kind.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")));
    return parameters;
  }

  /**
   * Returns the shape of one image.
   *
   * @return {@code [C, S, S]}
   */
  SampleShape shape() {
    return shape;
  }

  /**
   * Renders {@code n} filled shapes.
   *
   * @param seed the batch's seed
   * @param classes the classes drawn from, uniformly
   * @param n how many images
   * @return {@code [n, C, S, S]} in [-1, 1] with labels
   */
  Batch filled(long seed, int[] classes, int n) {
    return paint(seed, classes, n, false);
  }

  /**
   * Renders {@code n} outlines.
   *
   * @param seed the batch's seed
   * @param classes the classes drawn from, uniformly
   * @param n how many images
   * @return {@code [n, C, S, S]} in [-1, 1] with labels
   */
  Batch outlines(long seed, int[] classes, int n) {
    return paint(seed, classes, n, true);
  }

  private Batch paint(long seed, int[] classes, int n, boolean outline) {
    SplittableRandom random = new SplittableRandom(seed);
    ShapeRenderer painter = renderer.get();
    int sampleSize = shape.size();
    float[] values = new float[n * sampleSize];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = painter.draw(random, classes, values, i * sampleSize);
      if (outline) {
        painter.paintOutline(values, i * sampleSize);
      }
    }
    return new Batch(values, labels, shape);
  }
}
