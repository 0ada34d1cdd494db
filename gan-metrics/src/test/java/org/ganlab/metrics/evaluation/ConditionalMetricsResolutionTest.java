package org.ganlab.metrics.evaluation;

import java.util.Set;
import org.ganlab.core.metric.ModelCapability;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.EvalConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.ShapesSource;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricRegistry;
import org.ganlab.core.train.NoOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Metrics that read the requested classes resolve for conditional models only, before any run. */
class ConditionalMetricsResolutionTest {
  private static final ShapesSource SHAPES = new ShapesSource(28, 1, 1);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"conditional_accuracy", "per_class_fid"})
  void needingAConditionalModelIsCheckedUpFront(String name) {
    EvalConfig eval = ConfigLoader.load("name: t\n", "yaml",
        List.of("model.variant=v", "data.source=shapes", "eval.metrics=[fid, " + name + "]"),
        VariantOptionsResolver.of(Map.of("v", NoOptions.class))).eval();
    MetricRegistry registry = MetricRegistry.load();

    assertThat(registry.resolve(eval, SHAPES, Set.of(ModelCapability.CLASS_CONDITIONAL))).extracting(Metric::name)
        .containsExactly("fid", name);
    assertThatThrownBy(() -> registry.resolve(eval, SHAPES, Set.of()))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.field()).isEqualTo("eval.metrics"))
        .hasMessageStartingWith("eval.metrics: metric '" + name + "' needs a conditional model");
    assertThatThrownBy(() -> registry.resolve(eval, SHAPES))
        .isInstanceOf(ConfigException.class);
  }
}
