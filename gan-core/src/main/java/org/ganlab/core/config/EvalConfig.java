package org.ganlab.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The {@code eval:} section: what is measured and how often.
 *
 * @param every steps between evaluations and sample grids
 * @param samples generated samples per evaluation
 * @param metrics metric names, resolved through the metric SPI
 * @param gridSize samples shown in each sample grid (a square number for images)
 * @param extractor the feature extractor of the image metrics
 * @param bootstrap resamples of the generated samples behind each metric's 95% confidence interval
 *     (0: no interval)
 */
@JsonPropertyOrder({"every", "samples", "metrics", "grid_size", "extractor", "bootstrap"})
public record EvalConfig(
    int every,
    int samples,
    List<String> metrics,
    @JsonProperty("grid_size") int gridSize,
    ExtractorConfig extractor,
    int bootstrap) {

  /** Checks each field and keeps an unmodifiable copy of the metric names. */
  public EvalConfig {
    Checks checks = new Checks();
    checks.atLeast("eval.every", every, 1);
    checks.atLeast("eval.samples", samples, 1);
    checks.require(metrics != null && metrics.stream().noneMatch(m -> m == null || m.isBlank()),
        "eval.metrics", "must be a list of metric names", metrics);
    checks.inRange("eval.grid_size", gridSize, 1, 1024);
    checks.require(extractor != null, "eval.extractor", "must be a mapping", null);
    checks.inRange("eval.bootstrap", bootstrap, 0, 100000);
    checks.done();
    metrics = List.copyOf(metrics);
  }
}
