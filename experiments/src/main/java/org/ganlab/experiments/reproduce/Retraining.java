package org.ganlab.experiments.reproduce;

import java.util.Map;
import java.util.function.Function;
import org.ganlab.core.train.Trainer;
import org.ganlab.core.train.TrainingListener;
import org.ganlab.core.train.TrainingResult;

/**
 * Trains the reproduction from scratch, no further than needed: a run that ends by itself (done, or
 * diverged) runs to its end; otherwise it is stopped at the first evaluation at or after the original's
 * last logged step, where its log has just been written whole. That covers an original that was killed
 * or failed, and a diverged original whose reproduction does not diverge where it did.
 */
public final class Retraining {

  private Retraining() {}

  /**
   * Runs the reproduction.
   *
   * @param trainer builds the reproduction's trainer (from scratch, into its work directory) around the
   *     listener it is given
   * @param lastLoggedStep the original's last {@code metrics.csv} step
   * @param progress receives the run's progress
   * @return how the reproduction ended: the trainer's status, or {@code stopped} when it was stopped
   */
  public static Outcome run(Function<TrainingListener, Trainer> trainer, long lastLoggedStep,
      TrainingListener progress) {
    try {
      TrainingResult result = trainer.apply(new StopAfter(lastLoggedStep, progress)).run(false);
      return new Outcome(result.status().label(), result.completedSteps());
    } catch (Stopped stopped) {
      return new Outcome("stopped", stopped.step);
    }
  }

  /** Passes progress on, and stops the run at its first evaluation at or after a step. */
  private static final class StopAfter implements TrainingListener {
    private final long lastStep;
    private final TrainingListener progress;
    private long totalSteps;

    StopAfter(long lastStep, TrainingListener progress) {
      this.lastStep = lastStep;
      this.progress = progress;
    }

    @Override
    public void started(long firstStep, long total) {
      totalSteps = total;
      progress.started(firstStep, total);
    }

    @Override
    public void stepDone(long completed, Map<String, Double> losses) {
      progress.stepDone(completed, losses);
    }

    @Override
    public void evaluated(long completed, Map<String, Double> metrics) {
      progress.evaluated(completed, metrics);
      if (completed >= lastStep && completed < totalSteps) {
        throw new Stopped(completed);
      }
    }

    @Override
    public void finished(TrainingResult result) {
      progress.finished(result);
    }
  }

  /** Ends the run from inside the trainer's loop; the trainer records it as failed and rethrows it. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long step;

    Stopped(long step) {
      super("reproduction stopped after step " + step + ", the original's last logged step", null,
          false, false);
      this.step = step;
    }
  }
}
