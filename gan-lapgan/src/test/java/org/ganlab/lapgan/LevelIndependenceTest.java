package org.ganlab.lapgan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.train.Adam;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.PhaseContext;
import org.ganlab.core.train.UpdatePhase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each level trains on its own: the phases are one pair per level with the level's names, and a level's
 * generator phase, stepped by its own Adam over the whole generator network, changes that level's
 * generator and leaves every other level's parameters bit for bit as they were.
 */
class LevelIndependenceTest {

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {0, 1, 2})
  void aLevelsGeneratorPhaseMovesOnlyThatLevel(int level) {
    try (NDManager manager = NDManager.newBaseManager()) {
      LaplacianGan models = Fixtures.build(Fixtures.config(), new SampleShape(1, 28, 28), manager);
      assertThat(models.phases()).extracting(UpdatePhase::name).containsExactly(
          "d_l0", "g_l0", "d_l1", "g_l1", "d_l2", "g_l2");
      UpdatePhase phase = models.phases().get(2 * level + 1);
      assertThat(phase.termNames()).containsExactly("g_loss_l" + level);
      List<NDArray> trainable = new ArrayList<>();
      models.networks().values().forEach(network -> network.getParameters()
          .forEach(p -> trainable.add(p.getValue().getArray())));
      trainable.forEach(array -> array.setRequiresGradient(true));
      Map<String, float[]> before = generatorValues(models);
      List<NDArray> generatorArrays = new ArrayList<>();
      models.networks().get(GanModels.GENERATOR).getParameters()
          .forEach(p -> generatorArrays.add(p.getValue().getArray()));
      Adam adam = new Adam(generatorArrays, 0.5, 0.999, manager);

      try (NDManager step = manager.newSubManager()) {
        PhaseContext context = new PhaseContext(step, 0,
            step.randomUniform(-1, 1, new Shape(4, 1, 28, 28)), null, null,
            step.randomNormal(new Shape(4, models.latentDim())), null, new SplittableRandom(1));
        Autograd.zeroGradients(trainable);
        try (Autograd.Recording recording = Autograd.record()) {
          LossTerms terms = phase.loss(context);
          assertThat(terms.totalName()).isEqualTo("g_loss_l" + level);
          Autograd.backward(terms.total());
        }
        adam.step(0.01);
      }

      Map<String, float[]> after = generatorValues(models);
      before.forEach((name, values) -> {
        if (name.matches("\\d+level" + level + "_.*")) {
          assertThat(after.get(name)).as(name + " moved").isNotEqualTo(values);
        } else {
          assertThat(after.get(name)).as(name + " untouched").isEqualTo(values);
        }
      });
    }
  }

  private static Map<String, float[]> generatorValues(LaplacianGan models) {
    Map<String, float[]> values = new LinkedHashMap<>();
    for (Pair<String, Parameter> p : models.networks().get(GanModels.GENERATOR).getParameters()) {
      values.put(p.getKey(), p.getValue().getArray().toFloatArray());
    }
    return values;
  }
}
