package org.ganlab.experiments.sweep.slurm;

import java.util.ArrayList;
import java.util.List;

/**
 * One job array of a submission: its tasks {@code 0..size-1} train the manifest's runs
 * {@code offset..offset+size-1}. A cluster refuses task ids of {@code MaxArraySize} or more, so a
 * manifest longer than that is submitted as several arrays.
 *
 * @param offset the manifest index of task 0
 * @param size how many tasks
 */
public record ArrayChunk(int offset, int size) {

  /**
   * Splits a manifest into arrays that the cluster accepts.
   *
   * @param runs the manifest's length
   * @param maxArraySize the cluster's {@code MaxArraySize}: task ids must stay below it
   * @return the arrays in manifest order, each as long as allowed, the last one shorter
   */
  public static List<ArrayChunk> split(int runs, int maxArraySize) {
    if (maxArraySize < 1) {
      throw new IllegalArgumentException("MaxArraySize must be at least 1, found " + maxArraySize);
    }
    List<ArrayChunk> chunks = new ArrayList<>();
    for (int offset = 0; offset < runs; offset += maxArraySize) {
      chunks.add(new ArrayChunk(offset, Math.min(maxArraySize, runs - offset)));
    }
    return chunks;
  }

  /**
   * Returns the value of sbatch's {@code --array} option.
   *
   * @param parallelism most tasks running at once, or null for no limit
   * @return e.g. {@code 0-999%8}
   */
  public String arraySpec(Integer parallelism) {
    return "0-" + (size - 1) + (parallelism == null ? "" : "%" + parallelism);
  }
}
