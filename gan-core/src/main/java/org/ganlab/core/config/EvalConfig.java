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
 */
@JsonPropertyOrder({"every", "samples", "metrics", "grid_size"})
public record EvalConfig(
    int every, int samples, List<String> metrics, @JsonProperty("grid_size") int gridSize) {

  /** Checks each field and keeps an unmodifiable copy of the metric names. */
  public EvalConfig {
    Checks.atLeast("eval.every", every, 1);
    Checks.atLeast("eval.samples", samples, 1);
    if (metrics == null || metrics.stream().anyMatch(m -> m == null || m.isBlank())) {
      throw Checks.fail("eval.metrics", "must be a list of metric names", metrics);
    }
    metrics = List.copyOf(metrics);
    Checks.inRange("eval.grid_size", gridSize, 1, 1024);
  }
}
