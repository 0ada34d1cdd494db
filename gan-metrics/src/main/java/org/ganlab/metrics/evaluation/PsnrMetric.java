package org.ganlab.metrics.evaluation;

import java.util.Map;
import org.ganlab.core.metric.MetricDirection;
import org.ganlab.metrics.image.Images;
import org.ganlab.metrics.image.Psnr;

/**
 * {@code psnr}: the mean over held-out pairs of the per-image peak signal-to-noise ratio in dB, peak 1
 * on the [0, 1] scale ({@link Psnr}), of the translations against their true targets
 * ({@code psnr}) and of the baseline's outputs ({@code psnr_baseline}); for paired translation sources
 * such as super-resolution (Ledig et al. 2017 report PSNR beside bicubic's).
 */
public final class PsnrMetric extends PairedImageMetric {

  /** Creates the metric (the service loader needs a public no-argument constructor). */
  public PsnrMetric() {
    super("psnr", MetricDirection.HIGHER_IS_BETTER, Map.of("peak", 1.0));
  }

  @Override
  double[] compare(Images outputs, Images targets) {
    return Psnr.perImage(outputs, targets);
  }
}
