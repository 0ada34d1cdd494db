package org.ganlab.experiments.stats;

/**
 * The finite per-seed values of one metric in one named sweep cell, the input to {@link CellRanking}.
 *
 * @param name the cell's name as the report shows it
 * @param values finite per-seed values (diverged runs dropped), possibly empty; copied on the way in
 *     and out
 */
public record CellValues(String name, double[] values) {
  /**
   * Checks the name and the values and copies the array.
   *
   * @param name the cell's name, non-blank
   * @param values finite per-seed values
   * @throws IllegalArgumentException for a blank name or a non-finite value
   */
  public CellValues {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("cell name must be a non-blank string, found '" + name + "'");
    }
    values = Samples.requireFinite("cell '" + name + "' values", values).clone();
  }

  /**
   * The per-seed values.
   *
   * @return a copy of the values
   */
  @Override
  public double[] values() {
    return values.clone();
  }
}
