package org.ganlab.core.data;

import java.util.SplittableRandom;

/**
 * Procedural labelled images ({@code shapes}): ten classes of simple anti-aliased shapes (disc, square,
 * triangle, plus, ring, ellipse, bars, six-pointed star, crescent, L-corner; label = that order) with
 * random position, size, rotation and brightness, and a random colour tint when there are 3 channels.
 * A small, unlimited, CPU-cheap stand-in for MNIST that a small CNN classifies easily, so class-aware
 * metrics work on it. Samples are {@code [C, S, S]} in [-1, 1] with background -1; labels uniform in
 * 0..9. Batch {@code index} is drawn from a seed derived from (seed, index); held-out samples come
 * from a disjoint seed stream that does not depend on the run seed.
 */
public final class ShapesSource implements DataSource {
  /** Number of shape classes. */
  public static final int NUM_CLASSES = 10;

  private final SampleShape shape;
  private final long seed;
  private final ThreadLocal<ShapeRenderer> renderer;

  /**
   * Creates the source.
   *
   * @param imageSize side length S in pixels (28 or 32 in configs; at least 8)
   * @param channels 1 (grey) or 3 (RGB)
   * @param seed the run seed
   */
  public ShapesSource(int imageSize, int channels, long seed) {
    if (imageSize < 8 || (channels != 1 && channels != 3)) {
      throw new IllegalArgumentException(
          "shapes needs image size >= 8 and 1 or 3 channels, found " + imageSize + ", " + channels);
    }
    this.shape = new SampleShape(channels, imageSize, imageSize);
    this.seed = seed;
    this.renderer = ThreadLocal.withInitial(() -> new ShapeRenderer(imageSize, channels));
  }

  @Override
  public String name() {
    return "shapes";
  }

  @Override
  public SampleShape shape() {
    return shape;
  }

  @Override
  public int numClasses() {
    return NUM_CLASSES;
  }

  /**
   * Renders batch {@code index}.
   *
   * @param index batch index (0, 1, 2, ...)
   * @param batchSize samples per batch
   * @return {@code [batchSize, C, S, S]} in [-1, 1] with labels in 0..9
   */
  @Override
  public Batch trainBatch(long index, int batchSize) {
    return render(SeedMix.derive(seed, SeedMix.TRAIN, index), batchSize);
  }

  /**
   * Renders the first {@code n} held-out samples.
   *
   * @param n how many samples
   * @return {@code [n, C, S, S]} in [-1, 1] with labels; a longer request starts with the same samples
   */
  @Override
  public Batch heldOut(int n) {
    return render(SeedMix.heldOut(), n);
  }

  private Batch render(long batchSeed, int n) {
    SplittableRandom random = new SplittableRandom(batchSeed);
    ShapeRenderer painter = renderer.get();
    int sampleSize = shape.size();
    float[] values = new float[n * sampleSize];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = painter.draw(random, values, i * sampleSize);
    }
    return new Batch(values, labels, shape);
  }
}
