package org.ganlab.experiments.quality;

import java.util.OptionalDouble;

/**
 * One row of the quality tier: a figure, the training that makes it, the value the documentation
 * states and the bar a fresh run must clear.
 *
 * @param name the row's name
 * @param training the example and overrides trained
 * @param figure what is measured, in words
 * @param column the {@code final.json} metric compared
 * @param stated the figure as the documentation writes it, {@code -} where none is stated yet
 * @param statedIn the file that states it, from the repository root; {@code -} where none is stated
 * @param bar the bar
 */
public record QualityBar(String name, Training training, String figure, String column,
    String stated, String statedIn, BarRule bar) {
  /** Written in a column that holds nothing. */
  public static final String NONE = "-";

  /**
   * Returns the stated figure as a number.
   *
   * @return the value; empty when none is stated
   */
  public OptionalDouble statedValue() {
    return isStated() ? OptionalDouble.of(Double.parseDouble(stated)) : OptionalDouble.empty();
  }

  /**
   * Tells whether the documentation states this figure.
   *
   * @return false while the figure is still to be measured
   */
  public boolean isStated() {
    return !stated.equals(NONE);
  }

  /**
   * Tells whether the row belongs to a selection by name.
   *
   * @param selection a row's name or an example's name
   * @return true when either matches
   */
  public boolean matches(String selection) {
    return name.equals(selection) || training.example().equals(selection);
  }
}
