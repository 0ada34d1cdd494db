package org.ganlab.core.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Procedural labelled images ({@code shapes}): ten classes of simple anti-aliased shapes (disc, square,
 * triangle, plus, ring, ellipse, bars, six-pointed star, crescent, L-corner; label = that order) with
 * random position, size, rotation and brightness, and a random colour tint when there are 3 channels.
 * A small, unlimited, CPU-cheap stand-in for MNIST that a small CNN classifies easily, so class-aware
 * metrics work on it. Samples are {@code [C, S, S]} in [-1, 1] with background -1; labels uniform in
 * 0..9. Batch {@code index} is drawn from a seed derived from (seed, index); held-out samples come
 * from a disjoint seed stream that does not depend on the run seed.
 */
public final class ShapesSource implements ClassRestrictable {
  /** Number of shape classes. */
  public static final int NUM_CLASSES = 10;

  private final ShapePainter painter;
  private final long seed;
  private final int[] classes;
  private final long heldOutSeed;

  /**
   * Creates the source.
   *
   * @param imageSize side length S in pixels (28 or 32 in configs; at least 8)
   * @param channels 1 (grey) or 3 (RGB)
   * @param seed the run seed
   */
  public ShapesSource(int imageSize, int channels, long seed) {
    this(new ShapePainter(imageSize, channels), seed, IntStream.range(0, NUM_CLASSES).toArray(),
        SeedMix.heldOut());
  }

  private ShapesSource(ShapePainter painter, long seed, int[] classes, long heldOutSeed) {
    this.painter = painter;
    this.seed = seed;
    this.classes = classes;
    this.heldOutSeed = heldOutSeed;
  }

  @Override
  public Map<String, String> provenance() {
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("source", name());
    provenance.putAll(painter.parameters());
    provenance.put("classes_drawn", Arrays.stream(classes).mapToObj(Integer::toString)
        .collect(Collectors.joining(",")));
    return provenance;
  }

  @Override
  public String name() {
    return "shapes";
  }

  @Override
  public SampleShape shape() {
    return painter.shape();
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
    return painter.filled(SeedMix.derive(seed, SeedMix.TRAIN, index), classes, batchSize);
  }

  /**
   * Renders the first {@code n} held-out samples.
   *
   * @param n how many samples
   * @return {@code [n, C, S, S]} in [-1, 1] with labels; a longer request starts with the same samples
   */
  @Override
  public Batch heldOut(int n) {
    return painter.filled(heldOutSeed, classes, n);
  }

  /**
   * Returns shapes of some classes only, drawn from seeds salted with {@code stream} (held-out ones
   * too, so two restrictions never show the same poses).
   *
   * @param kept the classes kept, each in 0..9
   * @param stream salt of the restricted source's seeds
   * @return the restricted source
   */
  @Override
  public DataSource restrictedTo(List<Integer> kept, long stream) {
    return new ShapesSource(painter, SeedMix.derive(seed, stream, 0),
        kept.stream().mapToInt(Integer::intValue).toArray(), SeedMix.derive(heldOutSeed, stream, 0));
  }
}
