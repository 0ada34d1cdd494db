package org.ganlab.srgan;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.train.VariantRegistry;

/** Loads small SRGAN configs for tests. */
final class SrganConfigs {
  private static final VariantRegistry VARIANTS = VariantRegistry.load();

  private SrganConfigs() {}

  /**
   * Loads a config with tiny networks on shapes, then the given overrides.
   *
   * @param overrides {@code key=value} pairs applied last
   * @return the resolved config
   */
  static ExperimentConfig load(String... overrides) {
    List<String> all = new ArrayList<>(List.of("model.variant=srgan", "data.source=shapes",
        "model.width=4", "model.res_blocks=1", "training.batch_size=2", "training.log_every=1",
        "eval.metrics=[]", "eval.grid_size=4", "runtime.threads=1"));
    all.addAll(List.of(overrides));
    return ConfigLoader.load("name: srgan-test\n", "yaml", all, VARIANTS);
  }
}
