package org.ganlab.experiments.bench;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.SampleShape;
import org.ganlab.metrics.extract.EvaluatorExtractor;

/**
 * Times the shipped {@code fashion-mnist-cnn} evaluator extracting features and class probabilities
 * from seeded random 1×28×28 images at batch 256, input conversion included. The value it reports is
 * the throughput of the run, in images per second. Closing it frees the network.
 */
final class ExtractionMeasurement implements Measurement, AutoCloseable {
  private static final String EVALUATOR = "fashion-mnist-cnn";
  private static final int BATCH = 256;

  private final int images;
  private final long seed;
  private EvaluatorExtractor extractor;

  /**
   * Defines the measurement.
   *
   * @param images images per timed run, at least 1
   * @param seed seed of the pixel values
   */
  ExtractionMeasurement(int images, long seed) {
    this.images = images;
    this.seed = seed;
  }

  @Override
  public String name() {
    return EVALUATOR + " features, " + images + " images, batch " + BATCH + " (img/s)";
  }

  @Override
  public DoubleSupplier prepare() {
    SampleShape shape = new SampleShape(1, 28, 28);
    float[] pixels = new float[images * shape.size()];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (float) (2 * random.nextDouble() - 1);
    }
    Batch batch = new Batch(pixels, null, shape);
    extractor = EvaluatorExtractor.load(EVALUATOR, BATCH);
    return () -> {
      long start = System.nanoTime();
      extractor.extract(batch);
      return images / ((System.nanoTime() - start) / 1e9);
    };
  }

  @Override
  public void close() {
    if (extractor != null) {
      extractor.close();
    }
  }
}
