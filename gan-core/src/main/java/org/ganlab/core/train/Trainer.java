package org.ganlab.core.train;

import ai.djl.ndarray.NDManager;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.engine.EngineSetup;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.io.MetricsLog;
import org.ganlab.core.io.Provenance;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.metric.EvaluationResult;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricResources;

/**
 * Trains one run: builds the variant's models, runs the steps, logs losses to {@code metrics.csv},
 * evaluates and draws samples every {@code eval.every} steps, checkpoints every
 * {@code training.checkpoint_every} steps, stops a run whose losses become NaN or infinite (recording it
 * as diverged), records an error as failed (and rethrows it), stops cleanly on a {@link StopRequest}
 * (checkpointing the step it completed, recording it as stopped), and keeps {@code provenance.json}
 * current. A resumed run continues from its latest checkpoint and ends with exactly the numbers of an
 * uninterrupted one.
 */
public final class Trainer {
  private final ExperimentConfig config;
  private final String configSha256;
  private final GanVariant variant;
  private final DataSource data;
  private final List<Metric> metrics;
  private final RunDirectory directory;
  private final TrainingListener listener;

  /**
   * Prepares a run; nothing is computed until {@link #run}.
   *
   * @param config the resolved, validated config
   * @param configSha256 its hash (recorded, and checked against a checkpoint when resuming)
   * @param variant the variant named by {@code model.variant}
   * @param data the opened data source
   * @param metrics the metrics named by {@code eval.metrics}
   * @param directory where the run's files go
   * @param listener progress receiver
   */
  public Trainer(ExperimentConfig config, String configSha256, GanVariant variant, DataSource data,
      List<Metric> metrics, RunDirectory directory, TrainingListener listener) {
    this.config = config;
    this.configSha256 = configSha256;
    this.variant = variant;
    this.data = data;
    this.metrics = List.copyOf(metrics);
    this.directory = directory;
    this.listener = listener;
  }

  /**
   * Trains to the configured number of steps.
   *
   * @param resume continue from the latest checkpoint if there is one
   * @return how the run ended
   */
  public TrainingResult run(boolean resume) {
    return run(resume, new StopRequest());
  }

  /**
   * Trains to the configured number of steps, or until a stop is requested: then it finishes the step
   * in progress (and the evaluation due at it), checkpoints that step and returns
   * {@link RunStatus#STOPPED}.
   *
   * @param resume continue from the latest checkpoint if there is one
   * @param stop checked after every step
   * @return how the run ended
   */
  public TrainingResult run(boolean resume, StopRequest stop) {
    EngineSetup.apply(config.runtime());
    try (NDManager manager = NDManager.newBaseManager(EngineSetup.device(config.runtime().device()));
        MetricResources resources = new MetricResources()) {
      GanModels models = variant.build(BuildContext.of(config, data, manager));
      TrainingState state = new TrainingState(models, config.training(), manager);
      RunEvaluator evaluator = new RunEvaluator(
          config, models, state.ema(), data, metrics, directory, resources, manager);
      MetricsLog log = new MetricsLog(directory.metrics(), columns(models, evaluator));
      long start = resume ? restore(state, log, manager) : 0;
      Provenance provenance = ProvenanceFactory.started(config, configSha256, data, start);
      AtomicFiles.write(directory.provenance(), ConfigJson.json().writeValueAsBytes(provenance));
      RunLoop loop = new RunLoop(config, configSha256, state, evaluator, log, directory, listener,
          new StepRunner(config, models, state, data, manager), stop);
      TrainingResult result;
      try {
        result = loop.run(start);
      } catch (RuntimeException e) {
        finish(provenance, new TrainingResult(RunStatus.FAILED, loop.completedSteps(), e.toString(),
            EvaluationResult.empty()));
        throw e;
      }
      finish(provenance, result);
      return result;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write provenance", e);
    }
  }

  /**
   * Returns ganlab's version, from a resource filtered by the build.
   *
   * @return e.g. 0.1.0-SNAPSHOT
   */
  public static String version() {
    return ProvenanceFactory.ganlabVersion();
  }

  private long restore(TrainingState state, MetricsLog log, NDManager manager) {
    if (!Files.exists(directory.latestCheckpoint())) {
      return 0;
    }
    long step = CheckpointRestore.restore(state, directory.latestCheckpoint(), configSha256, manager);
    log.reload(step);
    return step;
  }

  private List<String> columns(GanModels models, RunEvaluator evaluator) {
    List<String> columns = new ArrayList<>();
    models.phases().forEach(phase -> columns.addAll(phase.termNames()));
    columns.addAll(StepRunner.learningRateColumns());
    columns.addAll(evaluator.columns());
    return columns;
  }

  private void finish(Provenance provenance, TrainingResult result) throws
      com.fasterxml.jackson.core.JsonProcessingException {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("schema_version", ProvenanceFactory.SCHEMA_VERSION);
    summary.put("status", result.status().label());
    summary.put("completed_steps", result.completedSteps());
    summary.put("reason", result.reason());
    summary.put("metrics", result.finalMetrics().values());
    summary.put("protocol", result.finalMetrics().protocols());
    AtomicFiles.write(directory.finalMetrics(), ConfigJson.json().writeValueAsBytes(summary));
    Provenance ended = provenance.finished(Instant.now().toString(), result.status().label(),
        result.reason(), result.completedSteps());
    AtomicFiles.write(directory.provenance(), ConfigJson.json().writeValueAsBytes(ended));
    listener.finished(result);
  }
}
