package org.ganlab.experiments.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.ganlab.core.io.RunDirectory;

/** What a sweep does with one of its runs, given what the run's directory holds. */
public enum RunAction {
  /** Nothing: the run is done or diverged. */
  SKIP,
  /** Delete whatever the directory holds and train from step 0. */
  FRESH,
  /** Continue from the latest checkpoint. */
  RESUME;

  /**
   * Decides what to do with a run. An unfinished or failed run resumes from its intact checkpoint (see
   * {@link CheckpointFiles}; without one it starts over), except when
   * it was interrupted after logging its last step: resuming there would redo no step and leave the final
   * metrics empty, so it starts over (and, being deterministic, ends with the same numbers).
   *
   * @param record the run's state
   * @param directory its directory
   * @param totalSteps the run's {@code training.steps}
   * @return the action
   */
  public static RunAction decide(RunRecord record, RunDirectory directory, long totalSteps) {
    return switch (record.state()) {
      case DONE, DIVERGED -> SKIP;
      case NEW -> FRESH;
      case PARTIAL, FAILED -> CheckpointFiles.intact(directory) && !loggedStep(directory, totalSteps)
          ? RESUME : FRESH;
    };
  }

  private static boolean loggedStep(RunDirectory directory, long step) {
    if (!Files.exists(directory.metrics())) {
      return false;
    }
    try {
      List<String> lines = Files.readAllLines(directory.metrics());
      return lines.stream().skip(1).anyMatch(line -> line.startsWith(step + ","));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + directory.metrics(), e);
    }
  }
}
