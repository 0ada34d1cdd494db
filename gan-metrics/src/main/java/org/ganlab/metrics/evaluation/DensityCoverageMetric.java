package org.ganlab.metrics.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.metrics.feature.DensityCoverage;
import org.ganlab.metrics.feature.DensityCoverageResult;

/**
 * {@code density_coverage}: density and coverage (Naeem et al. 2020) with k = 5 on the extractor's
 * features; only real balls are used, so bootstrap resamples need no care about repeated samples.
 */
public final class DensityCoverageMetric extends ImageMetric {
  private static final int K = 5;

  /** Creates the metric (the service loader needs a public no-argument constructor). */
  public DensityCoverageMetric() {
    super("density_coverage", List.of("density", "coverage"));
  }

  @Override
  boolean comparesWithReal() {
    return true;
  }

  @Override
  Map<String, Object> parameters() {
    return Map.of("k", K);
  }

  @Override
  Map<String, Double> compute(EvaluationInput input, int[] rows) {
    DensityCoverageResult result = DensityCoverage.compute(FeatureInputs.reference(input).features(),
        FeatureInputs.rows(FeatureInputs.generated(input).features(), rows), K);
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("density", result.density());
    values.put("coverage", result.coverage());
    return values;
  }
}
