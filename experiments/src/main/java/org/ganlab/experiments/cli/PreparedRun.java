package org.ganlab.experiments.cli;

import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.engine.IsaPin;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricRegistry;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.Trainer;
import org.ganlab.core.train.TrainingListener;
import org.ganlab.core.train.VariantRegistry;
import org.ganlab.experiments.sweep.RunIds;

/**
 * A run whose config, instruction-set level, variant, data and metrics have all been checked, before any
 * file is written: bad input fails here and leaves no half-made run directory behind.
 *
 * @param config the resolved config
 * @param configSha256 its hash; the run id is its first 12 hex digits
 * @param variant the variant
 * @param data the opened data source
 * @param metrics the resolved metrics
 * @param directory where the run goes
 */
record PreparedRun(ExperimentConfig config, String configSha256, GanVariant variant, DataSource data,
    List<Metric> metrics, RunDirectory directory) {

  static PreparedRun prepare(Path configFile, List<String> overrides, Path out) {
    VariantRegistry variants = VariantRegistry.load();
    RunCheck check = new RunCheck(variants);
    ExperimentConfig config = ConfigLoader.load(configFile, overrides, variants, check);
    Path root = out.resolve(RunIds.safeName(config.name()))
        .resolve(RunIds.of(ConfigWriter.sha256(config)));
    return build(config, variants, new RunDirectory(root), check);
  }

  static PreparedRun of(ExperimentConfig config, VariantRegistry variants, RunDirectory directory) {
    RunCheck check = new RunCheck(variants);
    check.accept(config);
    return build(config, variants, directory, check);
  }

  private static PreparedRun build(
      ExperimentConfig config, VariantRegistry variants, RunDirectory directory, RunCheck check) {
    IsaPin.require(config.runtime().isaLevel());
    GanVariant variant = variants.get(config.model().variant());
    DataSource data = check.data(config);
    List<Metric> metrics =
        MetricRegistry.load().resolve(config.eval(), data, variant.capabilities());
    return new PreparedRun(config, ConfigWriter.sha256(config), variant, data, metrics, directory);
  }

  void writeConfig() {
    AtomicFiles.writeString(directory.config(), ConfigWriter.toYaml(config));
  }

  Trainer trainer(TrainingListener listener) {
    return new Trainer(config, configSha256, variant, data, metrics, directory, listener);
  }
}
