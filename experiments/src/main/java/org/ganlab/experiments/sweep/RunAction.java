package org.ganlab.experiments.sweep;

import org.ganlab.core.io.Checkpoint;
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
   * Decides what to do with a run. An unfinished or failed run resumes from its checkpoint when the
   * checkpoint is intact ({@link Checkpoint#isIntact}); without one it starts over. A run killed after
   * its last checkpoint resumes too: the trainer evaluates that checkpoint again for the summary.
   *
   * @param record the run's state
   * @param directory its directory
   * @return the action
   */
  public static RunAction decide(RunRecord record, RunDirectory directory) {
    return switch (record.state()) {
      case DONE, DIVERGED -> SKIP;
      case NEW -> FRESH;
      case PARTIAL, FAILED -> Checkpoint.isIntact(directory.latestCheckpoint()) ? RESUME : FRESH;
    };
  }
}
