package org.ganlab.metrics.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ganlab.core.metric.MetricDirection;
import org.ganlab.metrics.image.CovarianceEstimate;
import org.ganlab.metrics.image.Images;
import org.ganlab.metrics.image.Ssim;

/**
 * {@code ssim}: the mean over held-out pairs of the per-image structural similarity (Wang et al. 2004:
 * Gaussian window of 11 taps, σ = 1.5, K1 = 0.01, K2 = 0.03, L = 1, population covariances;
 * {@link Ssim}) of the translations against their true targets ({@code ssim}) and of the baseline's
 * outputs ({@code ssim_baseline}).
 */
public final class SsimMetric extends PairedImageMetric {

  /** Creates the metric (the service loader needs a public no-argument constructor). */
  public SsimMetric() {
    super("ssim", MetricDirection.HIGHER_IS_BETTER, parameters());
  }

  private static Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("window", "gaussian 11, sigma 1.5");
    parameters.put("k1", 0.01);
    parameters.put("k2", 0.03);
    parameters.put("covariance", "population");
    return parameters;
  }

  @Override
  double[] compare(Images outputs, Images targets) {
    return Ssim.perImage(outputs, targets, CovarianceEstimate.POPULATION);
  }
}
