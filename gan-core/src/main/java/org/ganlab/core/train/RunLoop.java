package org.ganlab.core.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ganlab.core.metric.EvaluationResult;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.config.TrainingConfig;
import org.ganlab.core.io.MetricsLog;
import org.ganlab.core.io.RunDirectory;

/**
 * The step loop of a {@link Trainer}: train, log, evaluate, checkpoint, and stop at the first non-finite
 * loss. The log is flushed before each checkpoint, so a run killed at any moment resumes from a
 * checkpoint whose rows are all on disk (later rows are dropped on reload). A run resumed from its final
 * checkpoint (killed before its summary was written) evaluates that checkpoint again for its summary.
 * A {@link StopRequest} is honoured after the step in progress and its evaluation, if one is due at that
 * step: the log is flushed and that step checkpointed, so the stop costs no completed step. A request
 * made during the last step lets the run finish as done.
 */
final class RunLoop {
  private final ExperimentConfig config;
  private final String configSha256;
  private final TrainingState state;
  private final RunEvaluator evaluator;
  private final MetricsLog log;
  private final RunDirectory directory;
  private final TrainingListener listener;
  private final StepRunner steps;
  private final StopRequest stop;
  private long completed;

  RunLoop(ExperimentConfig config, String configSha256, TrainingState state, RunEvaluator evaluator,
      MetricsLog log, RunDirectory directory, TrainingListener listener, StepRunner steps,
      StopRequest stop) {
    this.config = config;
    this.configSha256 = configSha256;
    this.state = state;
    this.evaluator = evaluator;
    this.log = log;
    this.directory = directory;
    this.listener = listener;
    this.steps = steps;
    this.stop = stop;
  }

  long completedSteps() {
    return completed;
  }

  TrainingResult run(long start) {
    completed = start;
    TrainingConfig training = config.training();
    listener.started(start, training.steps());
    EvaluationResult lastMetrics = start < training.steps() ? EvaluationResult.empty()
        : evaluator.evaluate(start);
    for (long step = start; step < training.steps(); step++) {
      Map<String, Double> losses = steps.run(step);
      long done = step + 1;
      if (losses.values().stream().anyMatch(v -> !Double.isFinite(v))) {
        log.record(done, losses);
        log.flush();
        return new TrainingResult(RunStatus.DIVERGED, step, "non-finite loss at step " + done
            + ": " + losses, lastMetrics);
      }
      boolean last = done == training.steps();
      if (done % training.logEvery() == 0 || last) {
        Map<String, Double> row = new LinkedHashMap<>(losses);
        row.putAll(steps.learningRates(step));
        log.record(done, row);
      }
      completed = done;
      listener.stepDone(done, losses);
      if (done % config.eval().every() == 0 || last) {
        lastMetrics = evaluator.evaluate(done);
        log.record(done, lastMetrics.values());
        log.flush();
        listener.evaluated(done, lastMetrics.values());
      }
      boolean stopping = stop.requested() && !last;
      if (stopping || last
          || training.checkpointEvery() > 0 && done % training.checkpointEvery() == 0) {
        log.flush();
        state.snapshot(done, configSha256).write(directory.latestCheckpoint());
      }
      if (stopping) {
        return new TrainingResult(RunStatus.STOPPED, done, "stopped by " + stop.cause() + " at step "
            + done + " of " + training.steps(), lastMetrics);
      }
    }
    return new TrainingResult(RunStatus.DONE, training.steps(), "", lastMetrics);
  }
}
