package org.ganlab.metrics.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.metrics.feature.DensityCoverage;
import org.ganlab.metrics.feature.DensityCoverageResult;

/**
 * {@code density_coverage}: density and coverage (Naeem et al. 2020) with k = 5 on the extractor's
 * features; only real balls are used, so bootstrap resamples need no care about repeated samples.
 */
public final class DensityCoverageMetric extends FeatureComparisonMetric {
  private static final int K = 5;

  /** Creates the metric (the service loader needs a public no-argument constructor). */
  public DensityCoverageMetric() {
    super("density_coverage", List.of(Column.higher("density"), Column.higher("coverage")), Map.of("k", K));
  }

  @Override
  Map<String, Double> compare(double[][] real, double[][] generated, long seed) {
    DensityCoverageResult result = DensityCoverage.compute(real, generated, K);
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("density", result.density());
    values.put("coverage", result.coverage());
    return values;
  }
}
