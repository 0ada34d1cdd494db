package org.ganlab.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * A phase inactive at a step ({@link UpdatePhase#activeAt}) neither computes nor steps its network, its
 * terms are absent from the step's losses, and the batches of the phases that do run are those they would
 * see anyway.
 */
class StepRunnerPhaseActivityTest {
  private static final int PRETRAIN = 2;
  private static final int BATCH = 4;

  @Test
  void phaseInactiveDuringPretrainingLeavesItsNetworkAlone() {
    ExperimentConfig config = ConfigLoader.load("name: t\n", "yaml", List.of("model.variant=tiny",
        "data.source=ring8", "model.latent_dim=2", "training.batch_size=" + BATCH,
        "training.steps=4", "training.pretrain_steps=" + PRETRAIN, "eval.metrics=[]"),
        VariantOptionsResolver.of(Map.of("tiny", NoOptions.class)));
    DataSource data = DataSources.open(config.data(), config.seed());
    try (NDManager manager = NDManager.newBaseManager()) {
      TwoLinearModels models = new TwoLinearModels(manager);
      TrainingState state = new TrainingState(models, config.training(), manager);
      StepRunner runner = new StepRunner(config, models, state, data, manager);
      float[] critic = weights(models.critic);
      float[] generator = weights(models.generator);

      Map<String, Double> first = runner.run(0);
      runner.run(1);

      assertThat(first).containsOnlyKeys("g_loss");
      assertThat(weights(models.critic)).containsExactly(critic);
      assertThat(weights(models.generator)).isNotEqualTo(generator);
      assertThat(models.criticCalls).isZero();
      assertThat(models.generatorBatches.get(0))
          .containsExactly(data.trainBatch(1, BATCH).values());

      Map<String, Double> third = runner.run(PRETRAIN);

      assertThat(third).containsOnlyKeys("d_loss", "g_loss");
      assertThat(weights(models.critic)).isNotEqualTo(critic);
      assertThat(models.generatorBatches.get(2))
          .containsExactly(data.trainBatch(2L * PRETRAIN + 1, BATCH).values());
    }
  }

  private static float[] weights(Block block) {
    return block.getParameters().get("weight").getArray().toFloatArray();
  }

  /** A critic phase that starts after pre-training and a generator phase that always runs. */
  private static final class TwoLinearModels implements GanModels {
    private final Block generator = Linear.builder().setUnits(2).build();
    private final Block critic = Linear.builder().setUnits(1).build();
    private final ParameterStore store;
    private final List<float[]> generatorBatches = new ArrayList<>();
    private int criticCalls;

    TwoLinearModels(NDManager manager) {
      store = new ParameterStore(manager, false);
      generator.initialize(manager, DataType.FLOAT32, new Shape(BATCH, 2));
      critic.initialize(manager, DataType.FLOAT32, new Shape(BATCH, 2));
    }

    @Override
    public Map<String, Block> networks() {
      Map<String, Block> networks = new LinkedHashMap<>();
      networks.put("generator", generator);
      networks.put("critic", critic);
      return networks;
    }

    @Override
    public List<UpdatePhase> phases() {
      return List.of(new Phase("d", "critic", true), new Phase("g", "generator", false));
    }

    @Override
    public String generatorName() {
      return "generator";
    }

    @Override
    public int latentDim() {
      return 2;
    }

    @Override
    public NDArray generate(NDArray latent, NDArray labels) {
      return generator.forward(store, new NDList(latent), false).singletonOrThrow();
    }

    /** A phase whose loss is the mean output of its one network on the real batch. */
    private final class Phase implements UpdatePhase {
      private final String name;
      private final String network;
      private final boolean afterPretraining;

      Phase(String name, String network, boolean afterPretraining) {
        this.name = name;
        this.network = network;
        this.afterPretraining = afterPretraining;
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public List<String> updates() {
        return List.of(network);
      }

      @Override
      public LearningRate learningRate() {
        return afterPretraining ? LearningRate.DISCRIMINATOR : LearningRate.GENERATOR;
      }

      @Override
      public int repeats() {
        return 1;
      }

      @Override
      public boolean activeAt(long step) {
        return !afterPretraining || step >= PRETRAIN;
      }

      @Override
      public List<String> termNames() {
        return List.of(name + "_loss");
      }

      @Override
      public LossTerms loss(PhaseContext context) {
        if (afterPretraining) {
          criticCalls++;
        } else {
          generatorBatches.add(context.real().toFloatArray());
        }
        NDArray out = networks().get(network)
            .forward(store, new NDList(context.real()), true).singletonOrThrow();
        return new LossTerms(Map.of(name + "_loss", out.mean()), name + "_loss");
      }
    }
  }
}
