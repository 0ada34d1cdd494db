package org.ganlab.experiments.sweep;

import java.nio.file.Path;
import org.ganlab.core.io.RunDirectory;

/**
 * The files of a sweep under {@code OUT/<sweep name>/}: {@code sweep.yaml} (the sweep file as given),
 * {@code plan.json} (its runs, ids and varying keys), {@code runs/<run id>/} (one ordinary run directory
 * per distinct config), {@code logs/<run id>.log} (each run's worker output) and {@code .lock} (held
 * while a sweep runs there).
 *
 * @param root {@code OUT/<sweep name>}
 */
public record SweepLayout(Path root) {

  /**
   * Returns the copy of the sweep file.
   *
   * @return {@code sweep.yaml}
   */
  public Path sweepFile() {
    return root.resolve("sweep.yaml");
  }

  /**
   * Returns the plan.
   *
   * @return {@code plan.json}
   */
  public Path plan() {
    return root.resolve("plan.json");
  }

  /**
   * Returns a run's directory.
   *
   * @param runId the run's id
   * @return {@code runs/<run id>}
   */
  public RunDirectory run(String runId) {
    return new RunDirectory(root.resolve("runs").resolve(runId));
  }

  /**
   * Returns a run's worker log (its standard error).
   *
   * @param runId the run's id
   * @return {@code logs/<run id>.log}
   */
  public Path log(String runId) {
    return root.resolve("logs").resolve(runId + ".log");
  }

  /**
   * Returns the lock file that keeps two sweeps out of one directory.
   *
   * @return {@code .lock}
   */
  public Path lock() {
    return root.resolve(".lock");
  }
}
