package org.ganlab.experiments.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ganlab.core.config.ConfigProblems;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.metric.MetricRegistry;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.VariantRegistry;

/**
 * Checks, before anything is written, that a resolved config can run: the variant accepts its data and
 * its metrics apply (every problem of both, in one {@link org.ganlab.core.config.ConfigException}). Each
 * distinct pair of {@code data:} and {@code model:} sections (the variant may view the data its own way)
 * is opened once, since shapes and classes do not depend on the seed.
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
    DataSource data = data(config);
    GanVariant variant = variants.get(config.model().variant());
    ConfigProblems problems = new ConfigProblems();
    problems.collect(() -> variant.validate(config, data.shape(), data.numClasses()));
    problems.collect(() -> metrics.resolve(config.eval(), data, variant.capabilities()));
    problems.throwIfAny();
  }

  /**
   * Opens a config's data through its variant, once per distinct data and model sections.
   *
   * @param config a resolved config
   * @return the data source
   * @throws org.ganlab.core.data.DataException when the data cannot be read
   */
  DataSource data(ExperimentConfig config) {
    return opened.computeIfAbsent(List.of(config.data(), config.model()),
        key -> variants.get(config.model().variant()).openData(config));
  }
}
