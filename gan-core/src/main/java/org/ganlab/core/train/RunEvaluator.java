package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.data.TranslationSource;
import org.ganlab.core.io.ImageGrid;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.io.ScatterPlot;
import org.ganlab.core.metric.Bootstrap;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.EvaluationResult;
import org.ganlab.core.metric.Measurement;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricResources;
import org.ganlab.core.metric.Translation;
import org.ganlab.core.random.Gaussian;
import org.ganlab.core.engine.NativeArrays;

/**
 * Draws the sample grid (images) or scatter plot (2-D points) from a fixed latent batch, so pictures are
 * comparable across steps, and computes the configured metrics on {@code eval.samples} generated
 * samples, also from fixed latents (a translation model instead translates the first held-out inputs,
 * and its grid shows the model's panels per input), with bootstrap intervals when {@code eval.bootstrap} asks for them.
 * Uses the generator's moving average when there is one, and says so in every metric's protocol.
 */
final class RunEvaluator {
  private static final int CHUNK = 500;

  private final ExperimentConfig config;
  private final GanModels models;
  private final Ema ema;
  private final DataSource data;
  private final List<Metric> metrics;
  private final RunDirectory directory;
  private final MetricResources resources;
  private final NDManager manager;
  private final TranslationSampler translator;

  RunEvaluator(ExperimentConfig config, GanModels models, Ema ema, DataSource data,
      List<Metric> metrics, RunDirectory directory, MetricResources resources, NDManager manager) {
    this.config = config;
    this.models = models;
    this.ema = ema;
    this.data = data;
    this.metrics = List.copyOf(metrics);
    this.directory = directory;
    this.resources = resources;
    this.manager = manager;
    this.translator = models instanceof TranslationModels translation
        && data instanceof TranslationSource source
        ? new TranslationSampler(translation, ema, source, manager) : null;
  }

  List<String> columns() {
    List<String> columns = new ArrayList<>();
    metrics.forEach(metric -> columns.addAll(metric.columns(data)));
    if (config.eval().bootstrap() > 0) {
      metrics.forEach(metric -> metric.columns(data).forEach(column -> {
        columns.add(column + Bootstrap.LOW);
        columns.add(column + Bootstrap.HIGH);
      }));
    }
    return columns;
  }

  EvaluationResult evaluate(long completed) {
    SampleShape shape = data.shape();
    if (translator != null) {
      TranslationSampler.GridRows rows = translator.gridRows(translationGridRows());
      ImageGrid.write(directory.sampleGrid(completed), rows.values(), shape.dims(), rows.columns());
      return metrics.isEmpty() ? EvaluationResult.empty() : measureAt(completed);
    }
    if (shape.isImage()) {
      Batch grid = generate(config.eval().gridSize(), "grid-latent");
      ImageGrid.write(directory.sampleGrid(completed), grid.values(), shape.dims(), gridColumns());
      writeFigures(completed);
    }
    if (metrics.isEmpty() && shape.isImage()) {
      return EvaluationResult.empty();
    }
    Batch samples = generate(config.eval().samples(), "eval-latent");
    if (!shape.isImage()) {
      ScatterPlot.write(directory.sampleGrid(completed), "step " + completed,
          data.heldOut(config.eval().samples()).values(), samples.values());
    }
    return measure(samples, null, completed);
  }

  /**
   * Generates (or, for a translation model, translates) {@code eval.samples} samples from the fixed
   * evaluation latents (or held-out inputs) and measures them.
   *
   * @param completed the step the model was trained to
   * @return values, interval columns and protocols
   */
  EvaluationResult measureAt(long completed) {
    if (translator != null) {
      TranslationSampler.Translated translated = translator.translate(config.eval().samples());
      return measure(translated.generated(), translated.translation(), completed);
    }
    return measure(generate(config.eval().samples(), "eval-latent"), null, completed);
  }

  /**
   * Measures generated samples with every metric.
   *
   * @param samples the generated samples
   * @param translation inputs, baseline and reconstructions of translated samples, or {@code null}
   * @param completed the step they were generated at (seeds the metrics' resampling)
   * @return values, interval columns and protocols
   */
  private EvaluationResult measure(Batch samples, Translation translation, long completed) {
    long seed = Seeds.derive(config.seed(), "metrics", completed);
    resources.startEvaluation();
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, Double> intervals = new LinkedHashMap<>();
    Map<String, Map<String, Object>> protocols = new LinkedHashMap<>();
    int bootstrap = config.eval().bootstrap();
    for (Metric metric : metrics) {
      Measurement measurement = metric.measure(
          new EvaluationInput(samples, data, seed, config.eval(), resources, translation));
      values.putAll(measurement.values());
      if (bootstrap > 0) {
        intervals.putAll(Bootstrap.intervals(measurement, samples.size(), bootstrap,
            Seeds.derive(seed, "bootstrap-" + metric.name(), 0)));
      }
      Map<String, Object> protocol = new LinkedHashMap<>(measurement.protocol());
      protocol.putIfAbsent("generator", ema == null ? "raw" : "ema");
      protocol.put("step", completed);
      if (bootstrap > 0) {
        protocol.put("bootstrap_resamples", bootstrap);
      }
      protocols.put(metric.name(), protocol);
    }
    values.putAll(intervals);
    return new EvaluationResult(values, protocols);
  }

  private int translationGridRows() {
    return Math.max(1, (int) Math.sqrt(config.eval().gridSize()));
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
        NDArray latent = latent(sub, purpose, start, count);
        NDArray labelArray = null;
        if (labels != null) {
          for (int i = 0; i < count; i++) {
            labels[start + i] = ((start + i) / columns) % data.numClasses();
          }
          labelArray = NativeArrays.create(sub, java.util.Arrays.copyOfRange(labels, start, start + count));
        }
        NDArray finalLabels = labelArray;
        NDArray samples = averaged(() -> models.generate(latent, finalLabels));
        System.arraycopy(samples.toFloatArray(), 0, values, start * data.shape().size(),
            count * data.shape().size());
      }
    }
    return new Batch(values, labels, data.shape());
  }

  /**
   * Writes the model's own figures from the first row of the grid's latents; a conditional model is
   * asked for classes 0, 1, 2, ... along the row.
   */
  private void writeFigures(long completed) {
    int count = Math.min(gridColumns(), CHUNK);
    try (NDManager sub = manager.newSubManager()) {
      NDArray latent = latent(sub, "grid-latent", 0, count);
      NDArray labels = models.conditional()
          ? NativeArrays.create(sub, IntStream.range(0, count).map(i -> i % data.numClasses()).toArray())
          : null;
      for (SampleFigure figure : averaged(() -> models.sampleFigures(latent, labels))) {
        ImageGrid.write(directory.sampleFigure(completed, figure.name()),
            figure.values(), data.shape().dims(), figure.columns());
      }
    }
  }

  /** The latents of rows {@code start .. start + count − 1} of the batch derived from {@code purpose}. */
  private NDArray latent(NDManager sub, String purpose, int start, int count) {
    float[] noise = Gaussian.sample(
        new SplittableRandom(Seeds.derive(config.seed(), purpose, start / CHUNK)),
        count * models.latentDim(), 0, 1);
    return NativeArrays.create(sub, noise, new Shape(count, models.latentDim()));
  }

  /** Runs a sampler with the generator's moving average in place when there is one. */
  private <T> T averaged(Supplier<T> sampler) {
    return ema == null ? sampler.get() : ema.withAveragedWeights(sampler);
  }
}
