package org.ganlab.metrics.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.metrics.feature.PrecisionRecall;
import org.ganlab.metrics.feature.PrecisionRecallResult;

/**
 * {@code precision_recall}: improved precision and recall (Kynkäänniemi et al. 2019) with k = 3 on the
 * extractor's features. On a bootstrap resample, repeated generated samples are each other's nearest
 * neighbours, which shrinks their balls: recall intervals lean low.
 */
public final class PrecisionRecallMetric extends FeatureComparisonMetric {
  private static final int K = 3;

  /** Creates the metric (the service loader needs a public no-argument constructor). */
  public PrecisionRecallMetric() {
    super("precision_recall", List.of(Column.higher("precision"), Column.higher("recall")), Map.of("k", K));
  }

  @Override
  Map<String, Double> compare(double[][] real, double[][] generated, long seed) {
    PrecisionRecallResult result = PrecisionRecall.compute(real, generated, K);
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("precision", result.precision());
    values.put("recall", result.recall());
    return values;
  }
}
