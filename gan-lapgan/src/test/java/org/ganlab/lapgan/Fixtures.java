package org.ganlab.lapgan;

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

/** Small configs and models of the LAPGAN variant for the tests. */
final class Fixtures {
  /** Binds the LAPGAN variant's own keys. */
  static final VariantOptionsResolver OPTIONS =
      VariantOptionsResolver.of(Map.of("lapgan", LapganOptions.class));

  private Fixtures() {}

  /**
   * Loads a config of the LAPGAN variant on shapes with small networks.
   *
   * @param overrides further {@code key=value} overrides
   * @return the resolved config
   */
  static ExperimentConfig config(String... overrides) {
    List<String> all = new ArrayList<>(List.of("model.variant=lapgan", "data.source=shapes",
        "model.width=4", "model.latent_dim=8", "seed=5",
        "training.batch_size=4", "runtime.threads=1"));
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
  static LaplacianGan build(ExperimentConfig config, SampleShape shape, NDManager manager) {
    return (LaplacianGan) new LapganVariant().build(
        new BuildContext(config, shape, 10, new NonSaturatingLoss(), null, manager));
  }
}
