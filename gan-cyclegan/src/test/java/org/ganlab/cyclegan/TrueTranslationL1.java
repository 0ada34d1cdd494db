package org.ganlab.cyclegan;

import java.util.List;
import java.util.Map;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.TranslationSource;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Measurement;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricDirection;

/**
 * A test-only metric for paired translation sources: the mean absolute difference per pixel, on the
 * [0, 1] scale, of the translations ({@code l1}) and of the baseline's outputs ({@code l1_baseline}) to
 * the true translations (the held-out targets with the same index).
 */
final class TrueTranslationL1 implements Metric {

  @Override
  public String name() {
    return "true_translation_l1";
  }

  @Override
  public List<String> columns() {
    return List.of("l1", "l1_baseline");
  }

  @Override
  public MetricDirection direction(String column) {
    return column.equals("l1") ? MetricDirection.LOWER_IS_BETTER : MetricDirection.UNRANKED;
  }

  @Override
  public boolean appliesTo(DataSource data) {
    return data instanceof TranslationSource translation && translation.paired();
  }

  @Override
  public String appliesToDescription() {
    return "a paired translation source";
  }

  @Override
  public Measurement measure(EvaluationInput input) {
    Batch targets = input.data().heldOut(input.generated().size());
    Map<String, Double> values = Map.of(
        "l1", meanError(input.generated(), targets),
        "l1_baseline", meanError(input.translation().baseline(), targets));
    return new Measurement() {
      @Override
      public Map<String, Double> values() {
        return values;
      }

      @Override
      public Map<String, Double> resampled(int[] rows) {
        throw new UnsupportedOperationException("no bootstrap in this test metric");
      }

      @Override
      public Map<String, Object> protocol() {
        return Map.of("n_fake", input.generated().size());
      }
    };
  }

  private static double meanError(Batch outputs, Batch targets) {
    float[] x = outputs.values();
    float[] y = targets.values();
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += Math.abs((double) x[i] - y[i]);
    }
    return sum / 2 / x.length;
  }
}
