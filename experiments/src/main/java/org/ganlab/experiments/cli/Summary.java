package org.ganlab.experiments.cli;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.ganlab.core.train.RunStatus;
import org.ganlab.core.train.TrainingResult;

/** The lines that tell a person how a run ended and where its files are. */
final class Summary {

  private Summary() {}

  static String describe(Path directory, TrainingResult result) {
    if (result.status() != RunStatus.DONE) {
      return result.status().label() + " after " + result.completedSteps() + " steps: "
          + result.reason() + "\nrun directory: " + directory;
    }
    String metrics = result.finalMetrics().values().entrySet().stream()
        .map(e -> e.getKey() + "=" + String.format("%.4g", e.getValue()))
        .collect(Collectors.joining(", "));
    return "done: " + result.completedSteps() + " steps" + (metrics.isEmpty() ? "" : "; " + metrics)
        + "\nrun directory: " + directory;
  }

  /** One line for a run stopped on request, e.g. {@code ganlab: stopped by SIGTERM at step 12 of 40; ...}. */
  static String stopped(Path directory, TrainingResult result) {
    return "ganlab: " + result.reason() + "; checkpoint written in " + directory
        + "; continue with --resume";
  }
}
