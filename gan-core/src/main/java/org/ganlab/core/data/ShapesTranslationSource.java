package org.ganlab.core.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A translation task with a known answer ({@code shapes-translation}): domain A is filled shapes (as in
 * {@link ShapesSource}), domain B the outlines of shapes, and the true translation of every A image is
 * the outline of the very same shape ({@link ShapeRenderer#paintOutline}). Training batches of A and B
 * are drawn from independent seeds, so a model learns unpaired; held-out inputs and targets are the same
 * shapes, so the translation can be scored pixel by pixel.
 */
public final class ShapesTranslationSource implements TranslationSource {
  private static final int[] ALL = IntStream.range(0, ShapesSource.NUM_CLASSES).toArray();

  private final ShapePainter painter;
  private final long seed;

  /**
   * Creates the source.
   *
   * @param imageSize side length S in pixels (28 or 32 in configs)
   * @param channels 1 (grey) or 3 (RGB)
   * @param seed the run seed
   */
  public ShapesTranslationSource(int imageSize, int channels, long seed) {
    this.painter = new ShapePainter(imageSize, channels);
    this.seed = seed;
  }

  @Override
  public Map<String, String> provenance() {
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("source", name());
    provenance.putAll(painter.parameters());
    provenance.put("task", "filled shape to its outline");
    return provenance;
  }

  @Override
  public String name() {
    return "shapes-translation";
  }

  @Override
  public SampleShape shape() {
    return painter.shape();
  }

  @Override
  public SampleShape inputShape() {
    return painter.shape();
  }

  @Override
  public int numClasses() {
    return ShapesSource.NUM_CLASSES;
  }

  /**
   * Renders target batch {@code index}: outlines of shapes unrelated to {@code trainInputs(index)}.
   *
   * @param index batch index
   * @param batchSize samples per batch
   * @return {@code [batchSize, C, S, S]} outlines in [-1, 1] with labels
   */
  @Override
  public Batch trainBatch(long index, int batchSize) {
    return painter.outlines(SeedMix.derive(seed, SeedMix.TRAIN, index), ALL, batchSize);
  }

  /**
   * Renders input batch {@code index}: filled shapes.
   *
   * @param index batch index
   * @param batchSize samples per batch
   * @return {@code [batchSize, C, S, S]} filled shapes in [-1, 1] with labels
   */
  @Override
  public Batch trainInputs(long index, int batchSize) {
    return painter.filled(SeedMix.derive(seed, SeedMix.INPUTS, index), ALL, batchSize);
  }

  @Override
  public Batch heldOut(int n) {
    return painter.outlines(SeedMix.heldOut(), ALL, n);
  }

  @Override
  public Batch heldOutInputs(int n) {
    return painter.filled(SeedMix.heldOut(), ALL, n);
  }

  @Override
  public boolean paired() {
    return true;
  }
}
