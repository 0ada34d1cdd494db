package org.ganlab.experiments.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.ganlab.core.train.TrainingListener;
import org.ganlab.core.train.TrainingResult;

/**
 * Shows training progress: on a terminal a progress bar with step, steps/s, ETA and the latest losses;
 * elsewhere (logs, CI) one line per evaluation.
 */
final class ProgressListener implements TrainingListener {
  private final boolean bar;
  private final PrintWriter err;
  private ProgressBar progress;

  ProgressListener(boolean enabled, PrintWriter err) {
    this.bar = enabled && System.console() != null;
    this.err = err;
  }

  @Override
  public void started(long firstStep, long totalSteps) {
    if (bar) {
      progress = new ProgressBarBuilder().setTaskName("train").setInitialMax(totalSteps)
          .startsFrom(firstStep, java.time.Duration.ZERO).showSpeed().setUnit(" steps", 1)
          .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
          .build();
    }
  }

  @Override
  public void stepDone(long completed, Map<String, Double> losses) {
    if (progress != null) {
      progress.stepTo(completed);
      progress.setExtraMessage(format(losses));
    }
  }

  @Override
  public void evaluated(long completed, Map<String, Double> metrics) {
    if (progress == null && !metrics.isEmpty()) {
      err.println("step " + completed + ": " + format(metrics));
      err.flush();
    }
  }

  @Override
  public void finished(TrainingResult result) {
    if (progress != null) {
      progress.close();
    }
  }

  private static String format(Map<String, Double> values) {
    return values.entrySet().stream()
        .map(e -> e.getKey() + "=" + String.format("%.4g", e.getValue()))
        .collect(Collectors.joining(" "));
  }
}
