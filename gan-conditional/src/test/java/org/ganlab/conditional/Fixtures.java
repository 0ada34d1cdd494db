package org.ganlab.conditional;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.loss.NonSaturatingLoss;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.GanModels;

/** Small configs and models of the conditional variant for the tests. */
final class Fixtures {
  /** Binds the conditional variant's own keys. */
  static final VariantOptionsResolver OPTIONS =
      VariantOptionsResolver.of(Map.of("conditional", ConditionalOptions.class));

  private Fixtures() {}

  /**
   * Loads a config of the conditional variant with small networks.
   *
   * @param overrides further {@code key=value} overrides
   * @return the resolved config
   */
  static ExperimentConfig config(String... overrides) {
    List<String> all = new ArrayList<>(List.of("model.variant=conditional", "data.source=shapes",
        "model.width=8", "model.latent_dim=16", "seed=3"));
    all.addAll(List.of(overrides));
    return ConfigLoader.load("name: t\n", "yaml", all, OPTIONS);
  }

  /**
   * Builds the models on 10 classes with the non-saturating loss and no penalty.
   *
   * @param config the config
   * @param shape the sample shape
   * @param manager owns the parameters
   * @return the models
   */
  static GanModels build(ExperimentConfig config, SampleShape shape, NDManager manager) {
    return new ConditionalVariant().build(
        new BuildContext(config, shape, 10, new NonSaturatingLoss(), null, manager));
  }
}
