package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.ShapesSource;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Measurement;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricDirection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The metric columns of {@code metrics.csv} come from each metric's columns for the run's data. */
class RunEvaluatorColumnsTest {

  @ParameterizedTest(name = "bootstrap={0}")
  @ValueSource(ints = {0, 10})
  void dataDependentColumnsAreWrittenWithTheirIntervals(int bootstrap) {
    ExperimentConfig config = ConfigLoader.load("name: t\n", "yaml",
        List.of("model.variant=v", "eval.bootstrap=" + bootstrap),
        VariantOptionsResolver.of(Map.of("v", NoOptions.class)));
    DataSource data = new ShapesSource(28, 1, 1);
    RunEvaluator evaluator = new RunEvaluator(config, null, null, data,
        List.of(new FixedMetric(), new PerClassMetric()), null, null, null);

    List<String> values = List.of("fixed", "class_0", "class_1", "class_2", "class_3", "class_4",
        "class_5", "class_6", "class_7", "class_8", "class_9");
    if (bootstrap == 0) {
      assertThat(evaluator.columns()).containsExactlyElementsOf(values);
    } else {
      assertThat(evaluator.columns()).hasSize(33).startsWith(values.toArray(String[]::new))
          .endsWith("fixed_ci_low", "fixed_ci_high", "class_0_ci_low", "class_0_ci_high",
              "class_1_ci_low", "class_1_ci_high", "class_2_ci_low", "class_2_ci_high",
              "class_3_ci_low", "class_3_ci_high", "class_4_ci_low", "class_4_ci_high",
              "class_5_ci_low", "class_5_ci_high", "class_6_ci_low", "class_6_ci_high",
              "class_7_ci_low", "class_7_ci_high", "class_8_ci_low", "class_8_ci_high",
              "class_9_ci_low", "class_9_ci_high");
    }
  }

  /** A metric with one fixed column, which keeps the default data-aware columns. */
  private static class FixedMetric implements Metric {
    @Override
    public String name() {
      return "fixed";
    }

    @Override
    public List<String> columns() {
      return List.of("fixed");
    }

    @Override
    public MetricDirection direction(String column) {
      return MetricDirection.UNRANKED;
    }

    @Override
    public boolean appliesTo(DataSource data) {
      return true;
    }

    @Override
    public String appliesToDescription() {
      return "any data";
    }

    @Override
    public Measurement measure(EvaluationInput input) {
      throw new UnsupportedOperationException("columns only");
    }
  }

  /** A metric with one column per class of the data. */
  private static final class PerClassMetric extends FixedMetric {
    @Override
    public List<String> columns() {
      return List.of("unused");
    }

    @Override
    public List<String> columns(DataSource data) {
      return java.util.stream.IntStream.range(0, data.numClasses()).mapToObj(c -> "class_" + c)
          .toList();
    }
  }
}
