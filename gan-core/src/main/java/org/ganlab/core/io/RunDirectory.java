package org.ganlab.core.io;

import java.nio.file.Path;

/**
 * The files of one run: {@code config.yaml}, {@code provenance.json}, {@code metrics.csv},
 * {@code final.json}, {@code samples/step-NNNNNN.png} and {@code checkpoints/}.
 *
 * @param root the run's directory
 */
public record RunDirectory(Path root) {

  /**
   * Returns the resolved config file.
   *
   * @return {@code config.yaml}
   */
  public Path config() {
    return root.resolve("config.yaml");
  }

  /**
   * Returns the provenance record.
   *
   * @return {@code provenance.json}
   */
  public Path provenance() {
    return root.resolve("provenance.json");
  }

  /**
   * Returns the per-step log.
   *
   * @return {@code metrics.csv}
   */
  public Path metrics() {
    return root.resolve("metrics.csv");
  }

  /**
   * Returns the final metrics.
   *
   * @return {@code final.json}
   */
  public Path finalMetrics() {
    return root.resolve("final.json");
  }

  /**
   * Returns the sample grid of a step.
   *
   * @param completedSteps steps completed when the grid was drawn
   * @return {@code samples/step-NNNNNN.png}
   */
  public Path sampleGrid(long completedSteps) {
    return root.resolve("samples").resolve(String.format("step-%06d.png", completedSteps));
  }

  /**
   * Returns the file of a variant's extra figure of a step, beside the sample grid.
   *
   * @param completedSteps steps completed when the figure was drawn
   * @param name the figure's name
   * @return {@code samples/step-NNNNNN-<name>.png}
   */
  public Path sampleFigure(long completedSteps, String name) {
    return root.resolve("samples").resolve(String.format("step-%06d-%s.png", completedSteps, name));
  }

  /**
   * Returns the latest checkpoint.
   *
   * @return {@code checkpoints/latest.ckpt}
   */
  public Path latestCheckpoint() {
    return root.resolve("checkpoints").resolve("latest.ckpt");
  }
}
