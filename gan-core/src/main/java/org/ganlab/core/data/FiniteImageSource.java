package org.ganlab.core.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ganlab.core.config.ConfigException;

/**
 * A data source over a finite image set held in memory ({@code idx}, {@code fashion-mnist},
 * {@code image-folder}). Training batches walk an endless stream of per-epoch seeded permutations of the
 * training images; held-out samples are the held-out images in their fixed order.
 */
final class FiniteImageSource implements ClassRestrictable {
  private final String name;
  private final long seed;
  private final SplitImages images;
  private final SampleShape shape;
  private final CanvasFit fit;
  private final EpochPermutations epochs;

  /**
   * Creates the source.
   *
   * @param name the configured source name
   * @param images the loaded images
   * @param shape output shape {@code [C, S, S]}
   * @param seed the run seed
   */
  FiniteImageSource(String name, SplitImages images, SampleShape shape, long seed) {
    this.name = name;
    this.images = images;
    this.seed = seed;
    this.shape = shape;
    this.fit = new CanvasFit(images.train().shape(), shape);
    this.epochs = new EpochPermutations(images.train().count(), seed);
  }

  @Override
  public Map<String, String> provenance() {
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("source", name);
    provenance.putAll(images.origin());
    return provenance;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SampleShape shape() {
    return shape;
  }

  @Override
  public int numClasses() {
    return images.numClasses();
  }

  /**
   * Returns the images at stream positions {@code [index * batchSize, (index + 1) * batchSize)}.
   *
   * @param index batch index (0, 1, 2, ...)
   * @param batchSize samples per batch
   * @return {@code [batchSize, C, S, S]} in [-1, 1], labelled when the set is
   */
  @Override
  public Batch trainBatch(long index, int batchSize) {
    int[] chosen = new int[batchSize];
    long start = index * batchSize;
    for (int i = 0; i < batchSize; i++) {
      chosen[i] = epochs.sampleAt(start + i);
    }
    return gather(images.train(), chosen);
  }

  /**
   * Returns the first {@code n} held-out images in their fixed order.
   *
   * @param n how many images; fewer come back if the held-out part is smaller
   * @return {@code [min(n, held-out count), C, S, S]} in [-1, 1]
   */
  @Override
  public Batch heldOut(int n) {
    int[] chosen = new int[Math.min(n, images.heldOut().count())];
    for (int i = 0; i < chosen.length; i++) {
      chosen[i] = i;
    }
    return gather(images.heldOut(), chosen);
  }

  /**
   * Returns the images of some classes only (train and held-out parts alike), with their own epoch
   * permutations.
   *
   * @param classes the classes kept
   * @param stream salt of the restricted source's permutations
   * @return the restricted source
   * @throws ConfigException when the set is unlabelled
   */
  @Override
  public DataSource restrictedTo(List<Integer> classes, long stream) {
    if (images.numClasses() == 0) {
      throw new ConfigException("data.domain_a",
          "a two-domain view needs labelled images; data.source " + name + " has no labels");
    }
    Set<Integer> kept = Set.copyOf(classes);
    SplitImages subset = new SplitImages(images.train().withLabels(kept),
        images.heldOut().withLabels(kept), images.numClasses(), images.origin());
    return new FiniteImageSource(name, subset, shape, SeedMix.derive(seed, stream, 0));
  }

  private Batch gather(ByteImages from, int[] chosen) {
    int sampleSize = shape.size();
    float[] values = new float[chosen.length * sampleSize];
    int[] labels = from.labels() == null ? null : new int[chosen.length];
    for (int i = 0; i < chosen.length; i++) {
      fit.copy(from, chosen[i], values, i * sampleSize);
      if (labels != null) {
        labels[i] = from.labels()[chosen[i]];
      }
    }
    return new Batch(values, labels, shape);
  }
}
