package org.ganlab.metrics.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.metrics.feature.KernelInceptionDistance;
import org.ganlab.metrics.feature.KidResult;

/**
 * {@code kid}: the Kernel Inception Distance (Bińkowski et al. 2018), unbiased MMD² with the cubic
 * polynomial kernel, mean and std over 100 seeded subsets of 1000 (capped at the sample counts).
 */
public final class KidMetric extends FeatureComparisonMetric {
  private static final int SUBSETS = 100;
  private static final int SUBSET_SIZE = 1000;

  /** Creates the metric (the service loader needs a public no-argument constructor). */
  public KidMetric() {
    super("kid", List.of(Column.lower("kid_mean"), Column.unranked("kid_std")), parameters());
  }

  private static Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("subsets", SUBSETS);
    parameters.put("subset_size", SUBSET_SIZE);
    return parameters;
  }

  @Override
  Map<String, Double> compare(double[][] real, double[][] generated, long seed) {
    KidResult kid = KernelInceptionDistance.subsets(real, generated, SUBSETS, SUBSET_SIZE, seed);
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("kid_mean", kid.mean());
    values.put("kid_std", kid.std());
    return values;
  }
}
