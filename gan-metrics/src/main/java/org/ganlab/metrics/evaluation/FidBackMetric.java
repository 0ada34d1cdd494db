package org.ganlab.metrics.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ganlab.core.config.EvalConfig;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Measurement;
import org.ganlab.metrics.extract.FeatureExtractors;
import org.ganlab.metrics.feature.FeatureStatistics;
import org.ganlab.metrics.feature.FrechetDistance;

/**
 * {@code fid_ba}: FID of a cycle-consistent model's way back (Zhu et al. 2017 report both directions):
 * the held-out targets mapped to the input domain, F(y), against the held-out inputs, both through the
 * run's extractor. {@code fid} is the forward direction. F always runs with its raw weights (the moving
 * average follows the forward generator only); the bootstrap resamples the mapped-back images.
 */
public final class FidBackMetric extends WayBackMetric {
  private static final String NAME = "fid_ba";

  /** Creates the metric (the service loader needs a public no-argument constructor). */
  public FidBackMetric() {
    super(NAME);
  }

  @Override
  public void check(DataSource data, EvalConfig eval) {
    FeatureExtractors.check(eval.extractor(), data);
  }

  @Override
  public Measurement measure(EvaluationInput input) {
    Batch mappedBack = mappedBack(input);
    double[][] features = FeatureInputs.extractor(input).extract(mappedBack).features();
    RealReference reference = FeatureInputs.inputReference(input);
    Map<String, Object> protocol = new LinkedHashMap<>(FeatureInputs.protocol(input, 0));
    protocol.put("n_fake", mappedBack.size());
    protocol.put("n_real", reference.size());
    protocol.put("split", "held-out inputs; fakes are the held-out targets mapped back");
    protocol.put("reference_sha256", reference.imagesSha256());
    protocol.put("generator", "raw");
    return new RowMeasurement(mappedBack.size(), rows -> Map.of(NAME, FrechetDistance.between(
        reference.statistics(), FeatureStatistics.of(FeatureInputs.rows(features, rows)))), protocol);
  }

  private Batch mappedBack(EvaluationInput input) {
    Batch mappedBack = translation(input).backTranslated();
    if (mappedBack == null) {
      throw noWayBack();
    }
    return mappedBack;
  }
}
