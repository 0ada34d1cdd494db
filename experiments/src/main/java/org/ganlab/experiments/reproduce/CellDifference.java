package org.ganlab.experiments.reproduce;

/**
 * One value that differs between the original run and its reproduction.
 *
 * @param place where it is: {@code step 10} for a row of {@code metrics.csv}, {@code final.json}
 * @param column the column or metric name
 * @param original the original's value, or null when it has none
 * @param reproduced the reproduction's value, or null when it has none
 */
record CellDifference(String place, String column, String original, String reproduced) {

  /**
   * Describes the difference for a person.
   *
   * @return e.g. {@code step 10, column g_loss: original 0.5, reproduced 0.69}
   */
  String describe() {
    return place + ", " + (place.startsWith("step") ? "column " : "metric ") + column
        + ": original " + Cells.show(original) + ", reproduced " + Cells.show(reproduced);
  }
}
