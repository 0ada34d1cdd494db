package org.ganlab.experiments.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How report tables write numbers: a mean with its interval half-width rounded to two significant
 * digits and the mean to the same decimal place ({@code 12.346 ± 0.079}), other values to four
 * significant digits, p-values to three decimals. Missing values read {@value #MISSING}.
 */
public final class Numbers {
  /** Text of a value that does not exist (an empty cell, an untestable pair). */
  public static final String MISSING = "n/a";

  private static final int MAX_DECIMALS = 12;

  private Numbers() {}

  /**
   * Writes a mean and the half-width of its interval.
   *
   * @param mean the mean
   * @param halfWidth half the interval's width, ≥ 0, or NaN when there is no interval
   * @return e.g. {@code 2.0 ± 2.5}; the mean alone ({@link #significant}) without a positive finite
   *     half-width; {@value #MISSING} for a NaN mean
   */
  public static String plusMinus(double mean, double halfWidth) {
    if (Double.isNaN(mean)) {
      return MISSING;
    }
    if (!(halfWidth > 0) || !Double.isFinite(halfWidth)) {
      return significant(mean);
    }
    double rounded = new BigDecimal(halfWidth).round(new MathContext(2)).doubleValue();
    int decimals = Math.min(MAX_DECIMALS, Math.max(0, 1 - (int) Math.floor(Math.log10(rounded))));
    return fixed(mean, decimals) + " ± " + fixed(rounded, decimals);
  }

  /**
   * Writes a value to four significant digits.
   *
   * @param value any value
   * @return plain notation for magnitudes in [1e-4, 1e7) or zero ({@code 0.5123}, {@code 8},
   *     {@code 1234}), scientific otherwise ({@code 1.234e-05}); {@value #MISSING} for NaN
   */
  public static String significant(double value) {
    if (Double.isNaN(value)) {
      return MISSING;
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    double magnitude = Math.abs(value);
    if (magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e7)) {
      return String.format(Locale.ROOT, "%.3e", value);
    }
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /**
   * Writes a p-value.
   *
   * @param p a p-value in [0, 1], or NaN
   * @return three decimals ({@code 0.046}), {@code <0.001} below 0.001, {@value #MISSING} for NaN
   */
  public static String p(double p) {
    if (Double.isNaN(p)) {
      return MISSING;
    }
    return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  /**
   * Writes an effect size.
   *
   * @param g Hedges' g, or NaN
   * @return two decimals ({@code -1.23}; zero without a sign), {@value #MISSING} for NaN
   */
  public static String effect(double g) {
    return Double.isNaN(g) ? MISSING : String.format(Locale.ROOT, "%.2f", g + 0.0);
  }

  private static String fixed(double value, int decimals) {
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }
}
