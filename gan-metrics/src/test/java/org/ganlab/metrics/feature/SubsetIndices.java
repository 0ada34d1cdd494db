package org.ganlab.metrics.feature;

import org.ganlab.core.testing.MetricVectors;

/** Reads the KID subset index files of the shared vectors: one subset of 0-based rows per line. */
final class SubsetIndices {

  private SubsetIndices() {}

  static int[][] indices(String name) {
    double[][] values = MetricVectors.readDoubles(name);
    int[][] indices = new int[values.length][];
    for (int i = 0; i < values.length; i++) {
      indices[i] = new int[values[i].length];
      for (int j = 0; j < values[i].length; j++) {
        indices[i][j] = (int) values[i][j];
      }
    }
    return indices;
  }
}
