package org.ganlab.experiments.sweep;

import java.util.List;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.io.RunDirectory;

/**
 * One run of a sweep.
 *
 * @param config its resolved config
 * @param configSha256 the config's hash
 * @param directory where it is trained
 * @param points the points that resolved to this config: usually one, more when several points of the
 *     sweep describe the same run
 */
public record PlannedRun(
    ExperimentConfig config, String configSha256, RunDirectory directory, List<SweepPoint> points) {

  /** Copies the points. */
  public PlannedRun {
    points = List.copyOf(points);
  }

  /**
   * Returns the run's id.
   *
   * @return the first 12 hex digits of the config hash
   */
  public String id() {
    return RunIds.of(configSha256);
  }
}
