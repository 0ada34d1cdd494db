package org.ganlab.experiments.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.metric.MetricRegistry;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.VariantRegistry;

/**
 * Checks, while a sweep is planned, that a resolved config can run: the variant accepts its data and its
 * metrics apply (what {@link PreparedRun#of} checks before a run). Each distinct pair of {@code data:}
 * and {@code model:} sections (the variant may view the data its own way) is opened once, since shapes
 * and classes do not depend on the seed.
 */
final class RunCheck implements Consumer<ExperimentConfig> {
  private final VariantRegistry variants;
  private final MetricRegistry metrics = MetricRegistry.load();
  private final Map<List<Object>, DataSource> opened = new HashMap<>();

  RunCheck(VariantRegistry variants) {
    this.variants = variants;
  }

  @Override
  public void accept(ExperimentConfig config) {
    List<Object> key = List.of(config.data(), config.model());
    DataSource data = opened.get(key);
    if (data == null) {
      data = variants.get(config.model().variant()).openData(config);
      opened.put(key, data);
    }
    GanVariant variant = variants.get(config.model().variant());
    variant.validate(config, data.shape(), data.numClasses());
    metrics.resolve(config.eval(), data, variant.capabilities());
  }
}
