package org.ganlab.metrics.evaluation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.TranslationSource;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Measurement;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricDirection;
import org.ganlab.core.metric.Translation;
import org.ganlab.metrics.image.Images;

/**
 * Base of the full-reference metrics of paired image-to-image tasks (super-resolution, shapes to
 * outlines): each translated held-out input is compared with its true target, and so is the baseline's
 * output for the same input, giving two columns, {@code <name>} and {@code <name>_baseline}, each the
 * mean of a per-image value. Images in [-1, 1] are mapped to [0, 1] and clipped there (outputs of a
 * bicubic baseline overshoot slightly, as they would when saved as 8-bit images).
 */
abstract class PairedImageMetric implements Metric {
  /** Suffix of the baseline's column. */
  static final String BASELINE = "_baseline";

  private static final int CHUNK = 500;

  private final String name;
  private final MetricDirection direction;
  private final Map<String, Object> parameters;

  /**
   * Names the metric.
   *
   * @param name the name in {@code eval.metrics}, also its first column
   * @param direction which way is better for the model's column (the baseline's is unranked)
   * @param parameters its fixed parameters, recorded in its protocol
   */
  PairedImageMetric(String name, MetricDirection direction, Map<String, Object> parameters) {
    this.name = name;
    this.direction = direction;
    this.parameters = new LinkedHashMap<>(parameters);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<String> columns() {
    return List.of(name, name + BASELINE);
  }

  @Override
  public final MetricDirection direction(String column) {
    if (column.equals(name)) {
      return direction;
    }
    if (column.equals(name + BASELINE)) {
      return MetricDirection.UNRANKED;
    }
    throw new IllegalArgumentException(name + " does not write column " + column);
  }

  @Override
  public final String appliesToDescription() {
    return "a paired image translation source such as shapes-translation (it compares each output "
        + "with its true target)";
  }

  @Override
  public final boolean appliesTo(DataSource data) {
    return data instanceof TranslationSource translation && translation.paired()
        && data.shape().isImage();
  }

  @Override
  public final Measurement measure(EvaluationInput input) {
    Translation translation = input.translation();
    if (translation == null || !translation.paired()) {
      throw new IllegalArgumentException("metric " + name + " needs translated held-out inputs of a"
          + " paired source, found " + (translation == null ? "generated samples" : "unpaired ones"));
    }
    Batch generated = input.generated();
    Batch targets = input.data().heldOut(generated.size());
    double[] model = perImage(generated, targets);
    double[] baseline = perImage(translation.baseline(), targets);
    Map<String, Object> protocol = new LinkedHashMap<>();
    protocol.put("dataset", input.data().name());
    protocol.put("n_pairs", generated.size());
    protocol.put("split", "held-out");
    protocol.put("range", "[0, 1], clipped");
    protocol.putAll(parameters);
    return new RowMeasurement(generated.size(), rows -> {
      Map<String, Double> values = new LinkedHashMap<>();
      values.put(name, mean(model, rows));
      values.put(name + BASELINE, mean(baseline, rows));
      return values;
    }, protocol);
  }

  /**
   * Computes the per-image values of image pairs.
   *
   * @param outputs images {@code [N, C, H, W]} in [0, 1]
   * @param targets their true targets, same shape
   * @return {@code [N]} values
   */
  abstract double[] compare(Images outputs, Images targets);

  private double[] perImage(Batch outputs, Batch targets) {
    int n = outputs.size();
    if (targets.size() != n || !Arrays.equals(outputs.shape().dims(), targets.shape().dims())) {
      throw new IllegalArgumentException("metric " + name + " compares " + n + " images of shape "
          + outputs.shape() + " with " + targets.size() + " targets of shape " + targets.shape());
    }
    double[] values = new double[n];
    for (int start = 0; start < n; start += CHUNK) {
      int count = Math.min(CHUNK, n - start);
      double[] chunk = compare(unitRange(outputs, start, count), unitRange(targets, start, count));
      System.arraycopy(chunk, 0, values, start, count);
    }
    return values;
  }

  private static Images unitRange(Batch batch, int start, int count) {
    int[] dims = batch.shape().dims();
    int size = batch.shape().size();
    double[] values = new double[count * size];
    for (int i = 0; i < values.length; i++) {
      double v = (batch.values()[start * size + i] + 1.0) / 2.0;
      values[i] = Math.min(1.0, Math.max(0.0, v));
    }
    return Images.of(values, count, dims[0], dims[1], dims[2]);
  }

  private static double mean(double[] values, int[] rows) {
    double sum = 0;
    for (int row : rows) {
      sum += values[row];
    }
    return sum / rows.length;
  }
}
