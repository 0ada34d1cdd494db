package org.ganlab.experiments.sweep.slurm;

import java.nio.file.Path;
import org.ganlab.experiments.sweep.SweepLayout;

/**
 * Where a SLURM submission keeps its files in the sweep directory: {@code slurm/job.sbatch} (the batch
 * script), {@code slurm/manifest-*.txt} (the runs of each submission), {@code slurm/jobs.tsv} (the
 * arrays submitted) and {@code logs/%A_%a.log} (each task's output, beside the runs' own logs).
 *
 * @param sweep the sweep's files
 */
public record SlurmFiles(SweepLayout sweep) {

  /**
   * Returns the folder of the submission files.
   *
   * @return {@code slurm/}, absolute
   */
  public Path folder() {
    return sweep.root().toAbsolutePath().resolve("slurm");
  }

  /**
   * Returns the batch script.
   *
   * @return {@code slurm/job.sbatch}
   */
  public Path script() {
    return folder().resolve("job.sbatch");
  }

  /**
   * Returns the record of submitted arrays.
   *
   * @return the submissions of {@code slurm/jobs.tsv}
   */
  public Submissions submissions() {
    return new Submissions(folder().resolve("jobs.tsv"));
  }

  /**
   * Returns the folder of the tasks' logs.
   *
   * @return {@code logs/}, absolute
   */
  public Path logs() {
    return sweep.root().toAbsolutePath().resolve("logs");
  }
}
