package org.ganlab.metrics.modes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.GaussianMixture;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Measurement;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricDirection;

/**
 * The {@code modes} metric: {@link ModeDiagnostics} of generated points against the training mixture's
 * centres, for the 2-D sets ({@code ring8}, {@code grid25}), with the VEEGAN/PacGAN definitions
 * (high quality within 3σ of the nearest centre, a mode covered by at least one such sample).
 */
public final class ModeCoverageMetric implements Metric {

  @Override
  public String name() {
    return "modes";
  }

  @Override
  public List<String> columns() {
    return List.of("modes_covered", "hq_fraction", "kl_to_uniform", "jsd_to_uniform");
  }

  @Override
  public MetricDirection direction(String column) {
    return switch (column) {
      case "modes_covered", "hq_fraction" -> MetricDirection.HIGHER_IS_BETTER;
      case "kl_to_uniform", "jsd_to_uniform" -> MetricDirection.LOWER_IS_BETTER;
      default -> throw new IllegalArgumentException("modes does not write column " + column);
    };
  }

  @Override
  public String appliesToDescription() {
    return "a Gaussian mixture of 2-D points (ring8 or grid25) whose modes it counts";
  }

  @Override
  public boolean appliesTo(DataSource data) {
    return data instanceof GaussianMixture;
  }

  @Override
  public Measurement measure(EvaluationInput input) {
    GaussianMixture mixture = (GaussianMixture) input.data();
    float[] points = input.generated().values();
    return new Measurement() {
      @Override
      public Map<String, Double> values() {
        return columnsOf(points);
      }

      @Override
      public Map<String, Double> resampled(int[] rows) {
        float[] drawn = new float[rows.length * 2];
        for (int i = 0; i < rows.length; i++) {
          drawn[2 * i] = points[2 * rows[i]];
          drawn[2 * i + 1] = points[2 * rows[i] + 1];
        }
        return columnsOf(drawn);
      }

      @Override
      public Map<String, Object> protocol() {
        Map<String, Object> protocol = new LinkedHashMap<>();
        protocol.put("dataset", input.data().name());
        protocol.put("n_fake", points.length / 2);
        protocol.put("sigma", mixture.sigma());
        protocol.put("hq_radius_sigmas", 3);
        protocol.put("min_count", 1);
        return protocol;
      }

      private Map<String, Double> columnsOf(float[] samples) {
        ModeReport report = ModeDiagnostics.measure(samples, mixture.centres(), mixture.sigma(), 1);
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("modes_covered", (double) report.modesCovered());
        values.put("hq_fraction", report.highQualityFraction());
        values.put("kl_to_uniform", report.klToUniform());
        values.put("jsd_to_uniform", report.jsdToUniform());
        return values;
      }
    };
  }
}
