package org.ganlab.metrics.extract;

import java.util.List;
import org.ganlab.core.data.Batch;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.engine.EngineSetup;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.train.Trainer;

/**
 * Makes one evaluator from its recipe: sets the thread count, trains, serialises the weights, reloads
 * them and measures the reloaded copy on the test images and on the fixed held-out batch, exactly as
 * {@link EvaluatorExtractor} will compute them, then assembles the metadata.
 */
public final class EvaluatorTraining {
  private static final int REPORT_EVERY = 100;

  private EvaluatorTraining() {}

  /**
   * Trains and measures an evaluator.
   *
   * @param recipe what to train
   * @param command the command line to record
   * @param progress receives training progress every 100 steps
   * @return the parameter bytes and metadata
   */
  public static TrainedEvaluator run(
      EvaluatorRecipe recipe, String command, EvaluatorTrainer.Progress progress) {
    EngineSetup.applyThreads(recipe.threads());
    DataSource data = recipe.dataset().open(recipe.seed());
    byte[] parameters;
    try (EvaluatorNetwork trained =
        new EvaluatorTrainer(recipe, progress, REPORT_EVERY).train(data)) {
      parameters = trained.parameters();
    }
    try (EvaluatorNetwork reloaded = EvaluatorNetwork.fromParameters(parameters)) {
      Batch test = data.heldOut(recipe.testSamples());
      Batch check = data.heldOut(HeldoutCheck.SIZE);
      double testAccuracy = accuracy(reloaded, test);
      HeldoutCheck heldoutCheck = new HeldoutCheck(check.size(), accuracy(reloaded, check));
      return new TrainedEvaluator(parameters,
          metadata(recipe, command, AtomicFiles.sha256(parameters), testAccuracy, test.size(),
              heldoutCheck));
    }
  }

  private static double accuracy(EvaluatorNetwork network, Batch images) {
    Extraction extraction =
        network.classify(EvaluatorInput.of(images), EvaluatorExtractor.DEFAULT_BATCH_SIZE);
    return HeldoutCheck.accuracy(extraction.probabilities(), images.labels());
  }

  private static EvaluatorMetadata metadata(EvaluatorRecipe recipe, String command, String sha256,
      double testAccuracy, int nTest, HeldoutCheck heldoutCheck) {
    return new EvaluatorMetadata(EvaluatorMetadata.SCHEMA_VERSION,
        recipe.dataset().evaluatorName(), sha256, recipe.dataset().source(),
        EvaluatorMetadata.ARCHITECTURE, EvaluatorMetadata.INPUT_CONVERSION, testAccuracy, nTest,
        heldoutCheck, EvaluatorArchitecture.FEATURE_DIM, EvaluatorArchitecture.NUM_CLASSES,
        List.of(1, EvaluatorInput.SIZE, EvaluatorInput.SIZE), recipe.seed(), recipe.steps(),
        recipe.batchSize(), recipe.learningRate(), EngineSetup.threads(), command,
        Trainer.version(), EngineSetup.djlVersion(), "PyTorch " + EngineSetup.engineVersion());
  }
}
