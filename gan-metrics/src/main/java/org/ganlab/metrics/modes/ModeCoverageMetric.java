package org.ganlab.metrics.modes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.GaussianMixture;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Metric;

/**
 * The {@code modes} metric: {@link ModeDiagnostics} of generated points against the training mixture's
 * centres, for the 2-D sets ({@code ring8}, {@code grid25}).
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
  public boolean appliesTo(DataSource data) {
    return data instanceof GaussianMixture;
  }

  @Override
  public Map<String, Double> evaluate(EvaluationInput input) {
    GaussianMixture mixture = (GaussianMixture) input.data();
    ModeReport report = ModeDiagnostics.measure(
        input.generated().values(), mixture.centres(), mixture.sigma(), 1);
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("modes_covered", (double) report.modesCovered());
    values.put("hq_fraction", report.highQualityFraction());
    values.put("kl_to_uniform", report.klToUniform());
    values.put("jsd_to_uniform", report.jsdToUniform());
    return values;
  }
}
