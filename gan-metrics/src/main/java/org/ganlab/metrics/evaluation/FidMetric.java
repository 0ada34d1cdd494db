package org.ganlab.metrics.evaluation;

import java.util.List;
import java.util.Map;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.metrics.feature.FeatureStatistics;
import org.ganlab.metrics.feature.FrechetDistance;

/**
 * {@code fid}: the Fréchet distance (Heusel et al. 2017) between the extractor's features of the
 * generated samples and of the real reference, whose statistics come from the cache. With ganlab's
 * evaluators this is "FID (shapes-cnn)", not Inception FID; the protocol names the extractor.
 */
public final class FidMetric extends ImageMetric {

  /** Creates the metric (the service loader needs a public no-argument constructor). */
  public FidMetric() {
    super("fid", List.of(Column.lower("fid")), Map.of());
  }

  @Override
  boolean comparesWithReal() {
    return true;
  }

  @Override
  Map<String, Double> compute(EvaluationInput input, int[] rows) {
    FeatureStatistics generated = FeatureStatistics.of(
        FeatureInputs.rows(FeatureInputs.generated(input).features(), rows));
    return Map.of("fid", FrechetDistance.between(FeatureInputs.reference(input).statistics(), generated));
  }
}
