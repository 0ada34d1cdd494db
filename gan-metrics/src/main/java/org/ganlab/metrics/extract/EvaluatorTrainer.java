package org.ganlab.metrics.extract;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.ganlab.core.autograd.Autograd;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.train.Adam;
import org.ganlab.core.engine.NativeArrays;

/**
 * Trains the evaluator CNN by minimising the mean softmax cross-entropy with Adam (Kingma and Ba 2015;
 * β = (0.9, 0.999)) under a half-cosine learning-rate decay (Loshchilov and Hutter 2017) to 0. The
 * weights start from {@link EvaluatorNetwork#seeded}, step {@code t} trains on the source's training
 * batch {@code t} (a pure function of the seed), and each step runs in its own sub-manager, so the
 * result depends only on the recipe, the thread count and the build.
 */
public final class EvaluatorTrainer {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;

  private final EvaluatorRecipe recipe;
  private final Progress progress;
  private final int reportEvery;

  /**
   * Creates a trainer.
   *
   * @param recipe what to train
   * @param progress told the mean loss and accuracy of every {@code reportEvery} steps
   * @param reportEvery steps between progress reports (≥ 1)
   */
  public EvaluatorTrainer(EvaluatorRecipe recipe, Progress progress, int reportEvery) {
    this.recipe = recipe;
    this.progress = progress;
    this.reportEvery = Math.max(1, reportEvery);
  }

  /**
   * Trains from scratch.
   *
   * @param data the recipe's dataset opened with the recipe's seed
   * @return the trained network; close it
   */
  public EvaluatorNetwork train(DataSource data) {
    EvaluatorNetwork network = EvaluatorNetwork.seeded(recipe.seed());
    List<NDArray> parameters = network.parameterArrays();
    parameters.forEach(array -> array.setRequiresGradient(true));
    Adam adam = new Adam(parameters, BETA1, BETA2, network.manager());
    double lossSum = 0;
    long correct = 0;
    long started = System.nanoTime();
    for (int step = 0; step < recipe.steps(); step++) {
      try (NDManager sub = network.manager().newSubManager()) {
        Batch batch = data.trainBatch(step, recipe.batchSize());
        Autograd.zeroGradients(parameters);
        NDArray logits;
        NDArray loss;
        try (Autograd.Recording recording = Autograd.record()) {
          NDList outputs = network.forward(images(sub, batch), true);
          logits = outputs.get(1);
          loss = crossEntropy(logits, NativeArrays.create(sub, batch.labels()));
          Autograd.backward(loss);
        }
        adam.step(learningRate(step));
        lossSum += loss.getFloat();
        correct += countCorrect(logits.toFloatArray(), batch.labels());
      }
      if ((step + 1) % reportEvery == 0 || step + 1 == recipe.steps()) {
        int span = (step % reportEvery) + 1;
        progress.report(step + 1, recipe.steps(), lossSum / span,
            (double) correct / ((long) span * recipe.batchSize()),
            (System.nanoTime() - started) / 1e9);
        lossSum = 0;
        correct = 0;
      }
    }
    parameters.forEach(array -> array.setRequiresGradient(false));
    return network;
  }

  /**
   * Returns the learning rate of a step: lr · (1 + cos(π t / T)) / 2.
   *
   * @param step 0-based step t
   * @return the rate
   */
  double learningRate(int step) {
    return recipe.learningRate() * 0.5 * (1 + StrictMath.cos(StrictMath.PI * step / recipe.steps()));
  }

  private static NDArray images(NDManager manager, Batch batch) {
    return NativeArrays.create(manager, EvaluatorInput.of(batch),
        new Shape(batch.size(), 1, EvaluatorInput.SIZE, EvaluatorInput.SIZE));
  }

  private static NDArray crossEntropy(NDArray logits, NDArray labels) {
    NDArray picked = logits.logSoftmax(1).mul(labels.oneHot(EvaluatorArchitecture.NUM_CLASSES));
    return picked.sum().neg().div(NativeArrays.scalar(picked, logits.getShape().get(0)));
  }

  private static int countCorrect(float[] logits, int[] labels) {
    int classes = EvaluatorArchitecture.NUM_CLASSES;
    int correct = 0;
    for (int r = 0; r < labels.length; r++) {
      int best = 0;
      for (int c = 1; c < classes; c++) {
        if (logits[r * classes + c] > logits[r * classes + best]) {
          best = c;
        }
      }
      correct += best == labels[r] ? 1 : 0;
    }
    return correct;
  }

  /** Receives training progress. */
  @FunctionalInterface
  public interface Progress {
    /**
     * Reports the steps since the previous report.
     *
     * @param step steps done
     * @param steps steps in all
     * @param meanLoss mean cross-entropy (nats) over those steps
     * @param trainAccuracy share of their training images classified correctly
     * @param seconds wall time since training started
     */
    void report(long step, long steps, double meanLoss, double trainAccuracy, double seconds);
  }
}
