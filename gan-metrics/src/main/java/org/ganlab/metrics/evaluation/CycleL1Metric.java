package org.ganlab.metrics.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ganlab.core.data.Batch;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Measurement;
import org.ganlab.core.metric.Translation;

/**
 * {@code cycle_l1}: how well a cycle-consistent translation model (CycleGAN, Zhu et al. 2017) maps its
 * held-out inputs there and back, the mean absolute difference |F(G(x)) − x| per pixel on the [0, 1]
 * scale (images are in [-1, 1], so each difference is halved), averaged over pixels, channels and
 * images; 0 for a perfect reconstruction, 1 at most. The bootstrap resamples the images.
 */
public final class CycleL1Metric extends WayBackMetric {

  /** Creates the metric (the service loader needs a public no-argument constructor). */
  public CycleL1Metric() {
    super("cycle_l1");
  }

  @Override
  public Measurement measure(EvaluationInput input) {
    double[] perImage = perImageError(reconstructionOf(input));
    Map<String, Object> protocol = new LinkedHashMap<>();
    protocol.put("n_fake", perImage.length);
    protocol.put("split", "held-out inputs");
    protocol.put("scale", "[0, 1]");
    protocol.put("generator", "raw");
    return new RowMeasurement(perImage.length, rows -> Map.of("cycle_l1", mean(perImage, rows)),
        protocol);
  }

  private Translation reconstructionOf(EvaluationInput input) {
    Translation translation = translation(input);
    if (translation.reconstructed() == null) {
      throw noWayBack();
    }
    return translation;
  }

  /** Mean |r − x| / 2 over the values of each image. */
  private static double[] perImageError(Translation translation) {
    Batch inputs = translation.inputs();
    float[] x = inputs.values();
    float[] r = translation.reconstructed().values();
    if (r.length != x.length) {
      throw new IllegalArgumentException("reconstructions hold " + r.length + " values but the inputs "
          + x.length);
    }
    int size = inputs.shape().size();
    double[] errors = new double[inputs.size()];
    for (int i = 0; i < errors.length; i++) {
      double sum = 0;
      for (int j = i * size; j < (i + 1) * size; j++) {
        sum += Math.abs((double) r[j] - x[j]);
      }
      errors[i] = sum / 2 / size;
    }
    return errors;
  }

  private static double mean(double[] values, int[] rows) {
    double sum = 0;
    for (int row : rows) {
      sum += values[row];
    }
    return sum / rows.length;
  }
}
