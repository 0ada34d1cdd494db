package org.ganlab.metrics.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.EvalConfig;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Measurement;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricDirection;
import org.ganlab.metrics.extract.FeatureExtractors;
import org.ganlab.metrics.feature.ClassifierTwoSampleTest;

/**
 * {@code c2st}: the classifier two-sample test (Lopez-Paz and Oquab 2017) of the generated samples
 * against the held-out real reference, see {@link ClassifierTwoSampleTest}: the held-out accuracy of a
 * k-NN classifier telling real from generated, 0.5 when they cannot be told apart.
 *
 * <p>It sees images through the run's feature extractor, like {@code fid}; images of a source ganlab
 * has no evaluator for (with {@code eval.extractor.type: auto}) as raw pixels; 2-D points as they are.
 * The protocol says which ({@code representation}).
 *
 * <p>Direction: lower is better. The ideal is 0.5, but a trained classifier's expected held-out
 * accuracy is at least 0.5, so values below 0.5 are sampling noise of a model as good as the data and
 * ranking by "lower" never prefers a worse model; {@link MetricDirection} has no "closest to a target".
 * A bootstrap resample repeats generated rows, and a copy in the training half is a neighbour at
 * distance 0 of its copy in the held-out half: intervals lean high.
 */
public final class C2stMetric implements Metric {
  private static final String COLUMN = "c2st";

  @Override
  public String name() {
    return COLUMN;
  }

  @Override
  public List<String> columns() {
    return List.of(COLUMN);
  }

  @Override
  public MetricDirection direction(String column) {
    if (!column.equals(COLUMN)) {
      throw new IllegalArgumentException("c2st does not write column " + column);
    }
    return MetricDirection.LOWER_IS_BETTER;
  }

  @Override
  public boolean appliesTo(DataSource data) {
    return data.shape().isImage() || data.shape().dims().length == 1;
  }

  @Override
  public String appliesToDescription() {
    return "images (their evaluator features, or pixels where ganlab has no evaluator) or points";
  }

  @Override
  public void check(DataSource data, EvalConfig eval) {
    if (usesExtractor(data, eval)) {
      FeatureExtractors.check(eval.extractor(), data);
    }
  }

  @Override
  public Measurement measure(EvaluationInput input) {
    boolean features = usesExtractor(input.data(), input.eval());
    double[][] real = features ? FeatureInputs.reference(input).features()
        : input.resources().perRun("real-rows",
            () -> rows(input.data().heldOut(input.eval().samples())));
    double[][] fake = features ? FeatureInputs.generated(input).features() : rows(input.generated());
    Map<String, Object> protocol = features ? new LinkedHashMap<>(FeatureInputs.protocol(input,
        real.length)) : rowProtocol(input, real.length, fake.length);
    protocol.put("representation", features ? "features"
        : input.data().shape().isImage() ? "pixels" : "points");
    int trainPerClass = Math.min(real.length, fake.length) / 2;
    int k = ClassifierTwoSampleTest.defaultK(2 * trainPerClass);
    protocol.put("classifier", "k-NN (Euclidean, majority of k)");
    protocol.put("k", k);
    protocol.put("train_per_class", trainPerClass);
    protocol.put("test_per_class", Math.min(real.length, fake.length) - trainPerClass);
    protocol.put("seed", input.seed());
    return new RowMeasurement(fake.length, rows -> Map.of(COLUMN, ClassifierTwoSampleTest.compute(
        real, FeatureInputs.rows(fake, rows), k, input.seed()).accuracy()), protocol);
  }

  private static boolean usesExtractor(DataSource data, EvalConfig eval) {
    return data.shape().isImage() && FeatureExtractors.available(eval.extractor(), data);
  }

  private static Map<String, Object> rowProtocol(EvaluationInput input, int nReal, int nFake) {
    Map<String, Object> protocol = new LinkedHashMap<>();
    protocol.put("dataset", input.data().name());
    protocol.put("n_fake", nFake);
    protocol.put("n_real", nReal);
    protocol.put("split", "held-out");
    return protocol;
  }

  /** The samples of a batch as rows of doubles, one per sample (pixels in the batch's scale). */
  private static double[][] rows(Batch batch) {
    int width = batch.shape().size();
    float[] values = batch.values();
    double[][] rows = new double[batch.size()][width];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < width; j++) {
        rows[i][j] = values[i * width + j];
      }
    }
    return rows;
  }
}
