package org.ganlab.metrics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricDirection;
import org.ganlab.core.metric.MetricRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every registered metric declares which way is better for every column it writes, and the known columns
 * have the direction their definitions give them.
 */
class MetricDirectionsTest {
  private static final MetricRegistry REGISTRY = MetricRegistry.load();

  /** The direction each column's definition gives it (the papers the metrics cite). */
  private static final Map<String, MetricDirection> KNOWN = Map.ofEntries(
      Map.entry("fid", MetricDirection.LOWER_IS_BETTER),
      Map.entry("fid_ba", MetricDirection.LOWER_IS_BETTER),
      Map.entry("fid_class_mean", MetricDirection.LOWER_IS_BETTER),
      Map.entry("fid_class_3", MetricDirection.LOWER_IS_BETTER),
      Map.entry("kid_mean", MetricDirection.LOWER_IS_BETTER),
      Map.entry("kid_std", MetricDirection.UNRANKED),
      Map.entry("kl_to_uniform", MetricDirection.LOWER_IS_BETTER),
      Map.entry("jsd_to_uniform", MetricDirection.LOWER_IS_BETTER),
      Map.entry("kl_to_reference", MetricDirection.LOWER_IS_BETTER),
      Map.entry("precision", MetricDirection.HIGHER_IS_BETTER),
      Map.entry("recall", MetricDirection.HIGHER_IS_BETTER),
      Map.entry("density", MetricDirection.HIGHER_IS_BETTER),
      Map.entry("coverage", MetricDirection.HIGHER_IS_BETTER),
      Map.entry("is_mean", MetricDirection.HIGHER_IS_BETTER),
      Map.entry("is_std", MetricDirection.UNRANKED),
      Map.entry("modes_covered", MetricDirection.HIGHER_IS_BETTER),
      Map.entry("hq_fraction", MetricDirection.HIGHER_IS_BETTER),
      Map.entry("classes_covered", MetricDirection.HIGHER_IS_BETTER),
      Map.entry("conditional_accuracy", MetricDirection.HIGHER_IS_BETTER),
      Map.entry("psnr", MetricDirection.HIGHER_IS_BETTER),
      Map.entry("psnr_baseline", MetricDirection.UNRANKED),
      Map.entry("ssim", MetricDirection.HIGHER_IS_BETTER),
      Map.entry("ssim_baseline", MetricDirection.UNRANKED),
      Map.entry("l1", MetricDirection.LOWER_IS_BETTER),
      Map.entry("l1_baseline", MetricDirection.UNRANKED),
      Map.entry("cycle_l1", MetricDirection.LOWER_IS_BETTER),
      Map.entry("c2st", MetricDirection.LOWER_IS_BETTER));

  @Test
  void everyColumnOfEveryRegisteredMetricHasADirection() {
    List<Metric> metrics = REGISTRY.metrics();
    assertThat(metrics).hasSizeGreaterThanOrEqualTo(14);
    for (Metric metric : metrics) {
      assertThat(metric.columns()).as(metric.name()).isNotEmpty();
      for (String column : metric.columns()) {
        assertThat(metric.writes(column)).as(column).isTrue();
        assertThatCode(() -> metric.direction(column)).as(metric.name() + " " + column)
            .doesNotThrowAnyException();
        assertThat(metric.direction(column)).as(column).isNotNull();
        assertThat(REGISTRY.direction(column)).as(column).contains(metric.direction(column));
      }
    }
  }

  @Test
  void everyRegisteredColumnIsOneWhoseDirectionIsKnownHere() {
    List<String> columns = REGISTRY.metrics().stream().flatMap(m -> m.columns().stream()).toList();
    assertThat(KNOWN.keySet()).containsAll(columns);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fid", "fid_ba", "fid_class_mean", "fid_class_3", "kid_mean", "kid_std",
      "kl_to_uniform", "jsd_to_uniform", "kl_to_reference", "precision", "recall", "density",
      "coverage", "is_mean", "is_std", "modes_covered", "hq_fraction", "classes_covered",
      "conditional_accuracy", "psnr", "psnr_baseline", "ssim", "ssim_baseline", "l1", "l1_baseline", "cycle_l1",
      "c2st"})
  void knownColumnsHaveTheirDefinedDirection(String column) {
    assertThat(REGISTRY.direction(column)).contains(KNOWN.get(column));
  }

  @ParameterizedTest
  @ValueSource(strings = {"d_loss", "g_loss", "d_real", "d_fake", "lr_g", "FID", "step", ""})
  void columnsNoMetricWritesHaveNoDirection(String column) {
    assertThat(REGISTRY.direction(column)).isEmpty();
  }

  @Test
  void aColumnAMetricDoesNotWriteIsRefused() {
    for (Metric metric : REGISTRY.metrics()) {
      assertThat(metric.writes("d_loss")).as(metric.name()).isFalse();
    }
  }
}
