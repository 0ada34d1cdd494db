package org.ganlab.experiments.report;

import java.util.Map;

/**
 * How report tables and charts show a metric's values: KID ({@code kid_mean}, {@code kid_std}) ×10³,
 * as the literature reports it (Bińkowski et al. 2018; Karras et al. 2020), every other column as
 * measured. The scale is stated wherever the values are shown; {@code summary.csv} and
 * {@code runs.csv} keep the values as measured.
 */
final class DisplayScale {
  private static final Map<String, Integer> POWERS = Map.of("kid_mean", 3, "kid_std", 3);

  private DisplayScale() {}

  /**
   * Returns the factor a column's values are shown multiplied by.
   *
   * @param column a metric column
   * @return 1000 for KID, 1 otherwise
   */
  static double factor(String column) {
    return Math.pow(10, POWERS.getOrDefault(column, 0));
  }

  /**
   * Names a column with its scale.
   *
   * @param column a metric column
   * @return e.g. {@code kid_mean ×10³}; the column alone when shown as measured
   */
  static String title(String column) {
    int power = POWERS.getOrDefault(column, 0);
    return power == 0 ? column : column + " ×10" + superscript(power);
  }

  private static String superscript(int power) {
    StringBuilder text = new StringBuilder();
    for (char digit : Integer.toString(power).toCharArray()) {
      text.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(digit - '0'));
    }
    return text.toString();
  }
}
