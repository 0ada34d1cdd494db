package org.ganlab.experiments.reproduce;

/**
 * How one file of the reproduction compares with the original's.
 *
 * @param compared cells (or metrics) compared
 * @param differing how many of them differ
 * @param first the first that differs (lowest step, then column order), or null when none does
 */
record Differences(int compared, int differing, CellDifference first) {

  /**
   * Tells whether every compared value is the same.
   *
   * @return true when none differs
   */
  boolean none() {
    return differing == 0;
  }

  /** Counts cells as they are compared and keeps the first that differs. */
  static final class Counter {
    private int compared;
    private int differing;
    private CellDifference first;

    /**
     * Compares one cell, in reading order.
     *
     * @param place where the cell is, e.g. {@code step 10}
     * @param column its column or metric name
     * @param original the original's value, or null when absent
     * @param reproduced the reproduction's value, or null when absent
     */
    void compare(String place, String column, String original, String reproduced) {
      compared++;
      if (!Cells.same(original, reproduced)) {
        differing++;
        if (first == null) {
          first = new CellDifference(place, column, original, reproduced);
        }
      }
    }

    /**
     * Returns the counts so far.
     *
     * @return the comparison of every cell compared
     */
    Differences result() {
      return new Differences(compared, differing, first);
    }
  }
}
