package org.ganlab.metrics.feature.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Blocked scan of the Euclidean distances from every query row to every candidate row, never holding
 * more than one block of {@value #BLOCK} candidates' distances per query: candidates are taken a block
 * at a time (transposed, so the inner loop runs over candidates and vectorises) and every query visits
 * the block's distances. A distance is {@code sqrt(Σ_k (q_k − c_k)²)}, summed over {@code k} in order.
 * Queries run in parallel; each query sees the blocks in order, so visitors that only touch their own
 * query's state give the same result whatever the thread count.
 */
public final class DistanceScan {
  /** Candidate rows per block. */
  public static final int BLOCK = 1024;
  private static final int QUERIES_PER_TASK = 64;

  /** Receives the distances from one query to one block of candidates. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * Called once per query and block; may only change state belonging to {@code query}.
     *
     * @param query the query row
     * @param first the candidate row of {@code distances[0]}
     * @param distances distances to candidates {@code first, first + 1, …}; reused after the call
     * @param count how many entries of {@code distances} are valid
     */
    void visit(int query, int first, double[] distances, int count);
  }

  private DistanceScan() {}

  /**
   * Visits all query–candidate distances.
   *
   * @param queries rows {@code [n][d]}
   * @param candidates rows {@code [m][d]}
   * @param visitor receives each query's distances block by block
   */
  public static void run(double[][] queries, double[][] candidates, Visitor visitor) {
    int tasks = (queries.length + QUERIES_PER_TASK - 1) / QUERIES_PER_TASK;
    for (int first = 0; first < candidates.length; first += BLOCK) {
      int count = Math.min(BLOCK, candidates.length - first);
      double[][] block = transposedBlock(candidates, first, count);
      int start = first;
      IntStream.range(0, tasks).parallel()
          .forEach(t -> scanQueries(queries, t, block, start, count, visitor));
    }
  }

  private static void scanQueries(
      double[][] queries, int task, double[][] block, int first, int count, Visitor visitor) {
    double[] distances = new double[count];
    int to = Math.min(queries.length, (task + 1) * QUERIES_PER_TASK);
    for (int q = task * QUERIES_PER_TASK; q < to; q++) {
      distances(queries[q], block, distances, count);
      visitor.visit(q, first, distances, count);
    }
  }

  private static void distances(double[] query, double[][] block, double[] out, int count) {
    Arrays.fill(out, 0, count, 0.0);
    for (int k = 0; k < query.length; k++) {
      double qk = query[k];
      double[] column = block[k];
      for (int j = 0; j < count; j++) {
        double diff = qk - column[j];
        out[j] += diff * diff;
      }
    }
    for (int j = 0; j < count; j++) {
      out[j] = Math.sqrt(out[j]);
    }
  }

  private static double[][] transposedBlock(double[][] rows, int first, int count) {
    double[][] block = new double[rows[0].length][count];
    for (int j = 0; j < count; j++) {
      double[] row = rows[first + j];
      for (int k = 0; k < row.length; k++) {
        block[k][j] = row[k];
      }
    }
    return block;
  }
}
