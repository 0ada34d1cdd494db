package org.ganlab.metrics.evaluation;

import java.util.Map;
import org.ganlab.core.metric.MetricDirection;
import org.ganlab.metrics.image.Images;
import org.ganlab.metrics.image.MeanAbsoluteError;

/**
 * {@code l1}: the mean absolute difference per pixel on the [0, 1] scale ({@link MeanAbsoluteError})
 * between the translations and their true targets ({@code l1}) and between the baseline's outputs and
 * the targets ({@code l1_baseline}), averaged over held-out pairs. Lower is better.
 */
public final class L1Metric extends PairedImageMetric {

  /** Creates the metric (the service loader needs a public no-argument constructor). */
  public L1Metric() {
    super("l1", MetricDirection.LOWER_IS_BETTER, Map.of());
  }

  @Override
  double[] compare(Images outputs, Images targets) {
    return MeanAbsoluteError.perImage(outputs, targets);
  }
}
