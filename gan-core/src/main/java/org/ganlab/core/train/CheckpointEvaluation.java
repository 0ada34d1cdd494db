package org.ganlab.core.train;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.engine.EngineSetup;
import org.ganlab.core.metric.EvaluationResult;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricResources;

/**
 * Re-evaluates a saved run: rebuilds its models, loads a checkpoint (refused if made with another
 * model or training config), and measures {@code eval.samples} samples from the same fixed latents a
 * training-time evaluation uses, with the moving-average generator when the run keeps one. The eval
 * section may differ from the run's (other metrics, samples, extractor or bootstrap).
 */
public final class CheckpointEvaluation {
  private final ExperimentConfig config;
  private final String trainedConfigSha256;
  private final GanVariant variant;
  private final DataSource data;
  private final List<Metric> metrics;

  /**
   * Prepares an evaluation; nothing is computed until {@link #evaluate}.
   *
   * @param config the run's config with the eval section to use
   * @param trainedConfigSha256 the hash of the config the run was trained with
   * @param variant the run's variant
   * @param data the opened data source
   * @param metrics the metrics to compute
   */
  public CheckpointEvaluation(ExperimentConfig config, String trainedConfigSha256, GanVariant variant,
      DataSource data, List<Metric> metrics) {
    this.config = config;
    this.trainedConfigSha256 = trainedConfigSha256;
    this.variant = variant;
    this.data = data;
    this.metrics = List.copyOf(metrics);
  }

  /**
   * The result of evaluating one checkpoint.
   *
   * @param step the step the checkpoint was taken at
   * @param result the values, interval columns and protocols
   */
  public record StepResult(long step, EvaluationResult result) {}

  /**
   * Evaluates the generator saved in a checkpoint.
   *
   * @param checkpoint the checkpoint file
   * @return its step and what was measured
   */
  public StepResult evaluate(Path checkpoint) {
    EngineSetup.apply(config.runtime());
    try (NDManager manager = NDManager.newBaseManager(EngineSetup.device(config.runtime().device()));
        MetricResources resources = new MetricResources()) {
      GanModels models = variant.build(BuildContext.of(config, data, manager));
      TrainingState state = new TrainingState(models, config.training(), manager);
      long step = CheckpointRestore.restore(state, checkpoint, trainedConfigSha256, manager);
      RunEvaluator evaluator =
          new RunEvaluator(config, models, state.ema(), data, metrics, null, resources, manager);
      return new StepResult(step, evaluator.measureAt(step));
    }
  }
}
