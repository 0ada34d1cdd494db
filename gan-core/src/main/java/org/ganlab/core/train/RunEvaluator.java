package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.io.ImageGrid;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.io.ScatterPlot;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Metric;

/**
 * Draws the sample grid (images) or scatter plot (2-D points) from a fixed latent batch, so pictures are
 * comparable across steps, and computes the configured metrics on {@code eval.samples} generated
 * samples, also from fixed latents. Uses the generator's moving average when there is one.
 */
final class RunEvaluator {
  private static final int CHUNK = 500;

  private final ExperimentConfig config;
  private final GanModels models;
  private final Ema ema;
  private final DataSource data;
  private final List<Metric> metrics;
  private final RunDirectory directory;
  private final NDManager manager;

  RunEvaluator(ExperimentConfig config, GanModels models, Ema ema, DataSource data,
      List<Metric> metrics, RunDirectory directory, NDManager manager) {
    this.config = config;
    this.models = models;
    this.ema = ema;
    this.data = data;
    this.metrics = List.copyOf(metrics);
    this.directory = directory;
    this.manager = manager;
  }

  List<String> columns() {
    List<String> columns = new ArrayList<>();
    metrics.forEach(metric -> columns.addAll(metric.columns()));
    return columns;
  }

  Map<String, Double> evaluate(long completed) {
    SampleShape shape = data.shape();
    if (shape.isImage()) {
      Batch grid = generate(config.eval().gridSize(), "grid-latent");
      ImageGrid.write(directory.sampleGrid(completed), grid.values(), shape.dims(), gridColumns());
    }
    Map<String, Double> values = new LinkedHashMap<>();
    if (metrics.isEmpty() && shape.isImage()) {
      return values;
    }
    Batch samples = generate(config.eval().samples(), "eval-latent");
    if (!shape.isImage()) {
      ScatterPlot.write(directory.sampleGrid(completed), "step " + completed,
          data.heldOut(config.eval().samples()).values(), samples.values());
    }
    long seed = Seeds.derive(config.seed(), "metrics", completed);
    for (Metric metric : metrics) {
      values.putAll(metric.evaluate(new EvaluationInput(samples, data, seed)));
    }
    return values;
  }

  private int gridColumns() {
    int n = config.eval().gridSize();
    return models.conditional() ? Math.max(1, n / data.numClasses())
        : (int) Math.ceil(Math.sqrt(n));
  }

  /** Generates {@code n} samples from latents derived from {@code purpose}; labels cycle by row. */
  Batch generate(int n, String purpose) {
    float[] values = new float[n * data.shape().size()];
    int[] labels = models.conditional() ? new int[n] : null;
    int columns = gridColumns();
    for (int start = 0; start < n; start += CHUNK) {
      int count = Math.min(CHUNK, n - start);
      try (NDManager sub = manager.newSubManager()) {
        float[] noise = Gaussian.sample(
            new SplittableRandom(Seeds.derive(config.seed(), purpose, start / CHUNK)),
            count * models.latentDim(), 0, 1);
        NDArray latent = sub.create(noise, new Shape(count, models.latentDim()));
        NDArray labelArray = null;
        if (labels != null) {
          for (int i = 0; i < count; i++) {
            labels[start + i] = ((start + i) / columns) % data.numClasses();
          }
          labelArray = sub.create(java.util.Arrays.copyOfRange(labels, start, start + count));
        }
        NDArray finalLabels = labelArray;
        NDArray samples = ema == null ? models.generate(latent, finalLabels)
            : ema.withAveragedWeights(() -> models.generate(latent, finalLabels));
        System.arraycopy(samples.toFloatArray(), 0, values, start * data.shape().size(),
            count * data.shape().size());
      }
    }
    return new Batch(values, labels, data.shape());
  }
}
