package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.VariantOptionsResolver;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.DataSources;
import org.ganlab.core.loss.LossTerms;
import org.junit.jupiter.api.Test;

/**
 * Two phases that name the same optimizer share one Adam, whose betas are raised to their lazy ratio c
 * and whose steps use c times the scheduled learning rate (StyleGAN2's lazy regularisation): with loss
 * = mean(w·x), the first update moves each weight by lr·c against the sign of its gradient, and leaves
 * the first moment at (1 − β1^c)·g.
 */
class SharedOptimizerTest {
  private static final int BATCH = 4;
  private static final double RATIO = 0.5;

  @Test
  void phasesSharingAnOptimizerStepOneAdamWithAdjustedRateAndBetas() {
    ExperimentConfig config = ConfigLoader.load("name: t\n", "yaml", List.of("model.variant=tiny",
        "data.source=ring8", "model.latent_dim=2", "training.batch_size=" + BATCH,
        "training.steps=2", "training.lr_d=0.01", "training.betas=[0.5, 0.9]", "eval.metrics=[]"),
        VariantOptionsResolver.of(Map.of("tiny", NoOptions.class)));
    DataSource data = DataSources.open(config.data(), config.seed());
    try (NDManager manager = NDManager.newBaseManager()) {
      CriticOnly models = new CriticOnly(manager);
      TrainingState state = new TrainingState(models, config.training(), manager);
      StepRunner runner = new StepRunner(config, models, state, data, manager);
      float[] before = models.critic.getParameters().get("weight").getArray().toFloatArray();
      float[] batch = data.trainBatch(0, BATCH).values();

      runner.run(0);

      Adam adam = state.optimizer(models.phases().get(0));
      assertThat(state.optimizer(models.phases().get(1))).isSameAs(adam);
      assertThat(adam.updates()).as("only the main phase runs at step 0").isEqualTo(1);
      float[] after = models.critic.getParameters().get("weight").getArray().toFloatArray();
      float[] moment = adam.state().get(0).toFloatArray();
      double firstMoment = 1 - Math.pow(0.5, RATIO);
      for (int j = 0; j < 2; j++) {
        double gradient = (batch[j] + batch[2 + j] + batch[4 + j] + batch[6 + j]) / BATCH;
        assertThat(after[j] - before[j]).as("weight %d", j)
            .isCloseTo((float) (-0.01 * RATIO * Math.signum(gradient)), within(1e-6f));
        assertThat(moment[j]).isCloseTo((float) (firstMoment * gradient), within(1e-6f));
      }

      runner.run(1);

      assertThat(adam.updates()).isEqualTo(3);
      assertThat(state.snapshot(2, "hash").counters()).containsOnlyKeys("adam/main/t");
    }
  }

  /** One linear critic stepped by a main phase at every step and a second phase at odd steps. */
  private static final class CriticOnly implements GanModels {
    private final Block critic = Linear.builder().setUnits(1).optBias(false).build();
    private final ParameterStore store;
    private final List<UpdatePhase> phases = List.of(new Phase("main", 0), new Phase("extra", 1));

    CriticOnly(NDManager manager) {
      store = new ParameterStore(manager, false);
      critic.initialize(manager, DataType.FLOAT32, new Shape(BATCH, 2));
    }

    @Override
    public Map<String, Block> networks() {
      return Map.of("critic", critic);
    }

    @Override
    public List<UpdatePhase> phases() {
      return phases;
    }

    @Override
    public String generatorName() {
      return "critic";
    }

    @Override
    public int latentDim() {
      return 0;
    }

    @Override
    public NDArray generate(NDArray latent, NDArray labels) {
      return latent;
    }

    /** Loss mean(critic(real)) on optimizer "main" with ratio ½, active at steps ≡ parity mod 2. */
    private final class Phase implements UpdatePhase {
      private final String name;
      private final int parity;

      Phase(String name, int parity) {
        this.name = name;
        this.parity = parity;
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public String optimizer() {
        return "main";
      }

      @Override
      public double lazyRatio() {
        return RATIO;
      }

      @Override
      public List<String> updates() {
        return List.of("critic");
      }

      @Override
      public LearningRate learningRate() {
        return LearningRate.DISCRIMINATOR;
      }

      @Override
      public int repeats() {
        return 1;
      }

      @Override
      public boolean activeAt(long step) {
        return parity == 0 || step % 2 == parity;
      }

      @Override
      public List<String> termNames() {
        return List.of(name + "_loss");
      }

      @Override
      public LossTerms loss(PhaseContext context) {
        NDArray out = critic.forward(store, new NDList(context.real()), true).singletonOrThrow();
        return new LossTerms(Map.of(name + "_loss", out.mean()), name + "_loss");
      }
    }
  }
}
