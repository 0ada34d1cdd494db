package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.TranslationSource;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.loss.WeightClipping;
import org.ganlab.core.random.Gaussian;
import org.ganlab.core.engine.CollectionPressure;
import org.ganlab.core.engine.NativeArrays;

/**
 * Runs one training step: every update phase active at the step ({@link UpdatePhase#activeAt}), each
 * repeated as configured, each repetition in its own {@link NDManager} sub-manager with all gradients
 * zeroed first (DJL does not zero them) and the parameters of the networks it does not update frozen
 * ({@link FrozenParameters}), so the generator phase computes no discriminator weight gradients. Every
 * random draw is derived from (run seed, repetition index), inactive phases' repetitions included.
 */
final class StepRunner {
  private final ExperimentConfig config;
  private final GanModels models;
  private final TrainingState state;
  private final DataSource data;
  private final NDManager manager;
  private final LearningRateSchedule schedule;
  private final int repetitionsPerStep;

  StepRunner(
      ExperimentConfig config,
      GanModels models,
      TrainingState state,
      DataSource data,
      NDManager manager) {
    this.config = config;
    this.models = models;
    this.state = state;
    this.data = data;
    this.manager = manager;
    this.schedule = new LearningRateSchedule(config.training());
    this.repetitionsPerStep = models.phases().stream().mapToInt(UpdatePhase::repeats).sum();
  }

  /**
   * Trains one step.
   *
   * @param step 0-based step
   * @return the mean of each loss term over the step's repetitions (non-finite when it diverged); the
   *     terms of phases inactive at this step are absent
   */
  Map<String, Double> run(long step) {
    Map<String, Double> sums = new LinkedHashMap<>();
    long repetition = step * repetitionsPerStep;
    for (UpdatePhase phase : models.phases()) {
      if (!phase.activeAt(step)) {
        repetition += phase.repeats();
        continue;
      }
      for (int r = 0; r < phase.repeats(); r++, repetition++) {
        Map<String, Double> values = runRepetition(phase, step, repetition);
        values.forEach((name, value) -> sums.merge(name, value / phase.repeats(), Double::sum));
        if (values.values().stream().anyMatch(v -> !Double.isFinite(v))) {
          return sums;
        }
      }
    }
    if (state.ema() != null) {
      state.ema().update();
      CollectionPressure.point("after-ema");
    }
    return sums;
  }

  /**
   * Returns the learning rate a phase uses at a step.
   *
   * @param rate which rate
   * @param step 0-based step
   * @return the scheduled rate
   */
  double learningRate(UpdatePhase.LearningRate rate, long step) {
    double base =
        rate == UpdatePhase.LearningRate.GENERATOR
            ? config.training().lrG()
            : config.training().lrD();
    return schedule.rate(base, step);
  }

  private Map<String, Double> runRepetition(UpdatePhase phase, long step, long repetition) {
    try (NDManager sub = manager.newSubManager()) {
      PhaseContext context = context(sub, step, repetition);
      Autograd.zeroGradients(state.allTrainable());
      CollectionPressure.point("before-forward");
      Map<String, Double> values;
      try (Autograd.Recording recording = Autograd.record();
          FrozenParameters fixed = FrozenParameters.freeze(state.fixedDuring(phase))) {
        LossTerms terms = phase.loss(context);
        CollectionPressure.point("after-loss");
        values = terms.values();
        if (values.values().stream().allMatch(Double::isFinite)) {
          Autograd.backward(terms.total());
          CollectionPressure.point("after-backward");
        }
      }
      if (values.values().stream().allMatch(Double::isFinite)) {
        state.optimizer(phase).step(learningRate(phase.learningRate(), step) * phase.lazyRatio());
        CollectionPressure.point("after-update");
        clipIfConfigured(phase);
      }
      return values;
    }
  }

  private void clipIfConfigured(UpdatePhase phase) {
    if (config.loss().clip() > 0 && phase.learningRate() == UpdatePhase.LearningRate.DISCRIMINATOR) {
      WeightClipping.clip(state.parameters(phase), config.loss().clip());
    }
  }

  private PhaseContext context(NDManager sub, long step, long repetition) {
    int batchSize = config.training().batchSize();
    long seed = config.seed();
    Batch real = data.trainBatch(repetition, batchSize);
    NDArray realArray =
        NativeArrays.create(sub, real.values(), new Shape(real.shape().batchShape(batchSize)));
    NDArray realLabels = real.labelled() ? NativeArrays.create(sub, real.labels()) : null;
    NDArray input = null;
    if (data instanceof TranslationSource translation) {
      Batch inputs = translation.trainInputs(repetition, batchSize);
      input = NativeArrays.create(sub, inputs.values(), new Shape(inputs.shape().batchShape(batchSize)));
    }
    NDArray latent = models.latentDim() == 0 ? null : latent(sub, seed, repetition);
    NDArray fakeLabels = models.conditional() ? NativeArrays.create(sub, labels(seed, repetition)) : null;
    SplittableRandom random = new SplittableRandom(Seeds.derive(seed, "phase", repetition));
    return new PhaseContext(sub, step, realArray, realLabels, input, latent, fakeLabels, random);
  }

  private NDArray latent(NDManager sub, long seed, long repetition) {
    int batchSize = config.training().batchSize();
    float[] noise = Gaussian.sample(new SplittableRandom(Seeds.derive(seed, "latent", repetition)),
        batchSize * models.latentDim(), 0, 1);
    return NativeArrays.create(sub, noise, new Shape(batchSize, models.latentDim()));
  }

  private int[] labels(long seed, long repetition) {
    SplittableRandom random = new SplittableRandom(Seeds.derive(seed, "labels", repetition));
    return random.ints(config.training().batchSize(), 0, data.numClasses()).toArray();
  }

  /**
   * Returns the learning-rate columns and their values at a step.
   *
   * @param step 0-based step
   * @return {@code lr_g} and {@code lr_d}
   */
  Map<String, Double> learningRates(long step) {
    return Map.of(
        "lr_g", learningRate(UpdatePhase.LearningRate.GENERATOR, step),
        "lr_d", learningRate(UpdatePhase.LearningRate.DISCRIMINATOR, step));
  }

  static List<String> learningRateColumns() {
    return List.of("lr_g", "lr_d");
  }
}
