package org.ganlab.cyclegan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.VariantOptionsResolver;

/** Loads small CycleGAN configs for tests. */
final class CycleGanConfigs {
  /** Knows the one variant of this module. */
  static final VariantOptionsResolver CYCLEGAN =
      VariantOptionsResolver.of(Map.of("cyclegan", CycleGanOptions.class));

  private CycleGanConfigs() {}

  /**
   * Returns a tiny config on shapes-translation with one thread and no metrics.
   *
   * @param overrides further {@code key=value} overrides, applied last
   * @return the resolved config
   */
  static ExperimentConfig tiny(String... overrides) {
    List<String> all = new ArrayList<>(List.of("model.variant=cyclegan",
        "data.source=shapes-translation", "model.width=4", "model.res_blocks=1",
        "model.pool_size=3", "loss.type=least-squares", "training.batch_size=2",
        "training.steps=2", "training.log_every=1", "eval.every=1000", "eval.samples=8",
        "eval.grid_size=4", "eval.metrics=[]", "runtime.threads=1"));
    all.addAll(List.of(overrides));
    return ConfigLoader.load("name: cycle\n", "yaml", all, CYCLEGAN);
  }
}
