package org.ganlab.experiments.quality;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The bar of a quality row, {@code OP TERM}: the measured value must compare with the term's value as
 * the operator says. The term is {@code REF}, {@code REF + NUM}, {@code REF - NUM} or
 * {@code NUM * REF}, where {@code REF} is a number, {@code stated} (the figure the documentation
 * states) or a column of the same run's {@code final.json} (e.g. {@code psnr_baseline}).
 *
 * @param operator one of {@code >=}, {@code >}, {@code <=}, {@code <}
 * @param factor multiplies the reference
 * @param reference a number, {@code stated} or a column name
 * @param offset added after the factor
 * @param text the bar as written
 */
public record BarRule(String operator, double factor, String reference, double offset, String text) {
  /** The reference that stands for the stated figure. */
  public static final String STATED = "stated";

  private static final List<String> OPERATORS = List.of(">=", ">", "<=", "<");

  /**
   * Parses a bar.
   *
   * @param text e.g. {@code >= stated - 0.3} or {@code <= 0.5 * l1_baseline}
   * @return the rule
   * @throws IllegalArgumentException naming the text and the allowed forms when it does not parse
   */
  public static BarRule parse(String text) {
    String[] tokens = text.trim().split("\\s+");
    if (tokens.length < 2 || !OPERATORS.contains(tokens[0])) {
      throw malformed(text);
    }
    if (tokens.length == 2) {
      return new BarRule(tokens[0], 1, tokens[1], 0, text.trim());
    }
    if (tokens.length == 4 && tokens[2].equals("*") && isNumber(tokens[1])) {
      return new BarRule(tokens[0], Double.parseDouble(tokens[1]), tokens[3], 0, text.trim());
    }
    if (tokens.length == 4 && (tokens[2].equals("+") || tokens[2].equals("-"))
        && isNumber(tokens[3])) {
      double offset = Double.parseDouble(tokens[3]);
      return new BarRule(tokens[0], 1, tokens[1], tokens[2].equals("-") ? -offset : offset,
          text.trim());
    }
    throw malformed(text);
  }

  /**
   * Tells whether the bar needs the stated figure.
   *
   * @return true when the reference is {@code stated}
   */
  public boolean readsStated() {
    return reference.equals(STATED);
  }

  /**
   * Computes the value the measured one is compared with.
   *
   * @param stated the stated figure, empty when none is stated
   * @param metrics the run's final metrics
   * @return the threshold; empty when it reads the stated figure and none is stated
   * @throws IllegalArgumentException when it reads a column the run did not measure
   */
  public OptionalDouble threshold(OptionalDouble stated, Map<String, Double> metrics) {
    double base;
    if (readsStated()) {
      if (stated.isEmpty()) {
        return OptionalDouble.empty();
      }
      base = stated.getAsDouble();
    } else if (isNumber(reference)) {
      base = Double.parseDouble(reference);
    } else if (metrics.containsKey(reference)) {
      base = metrics.get(reference);
    } else {
      throw new IllegalArgumentException("the bar '" + text + "' reads " + reference
          + ", which the run did not measure");
    }
    return OptionalDouble.of(factor * base + offset);
  }

  /**
   * Tells whether a measured value clears the bar; NaN never does.
   *
   * @param measured the measured value
   * @param threshold the value from {@link #threshold}
   * @return whether {@code measured OP threshold} holds
   */
  public boolean holds(double measured, double threshold) {
    return switch (operator) {
      case ">=" -> measured >= threshold;
      case ">" -> measured > threshold;
      case "<=" -> measured <= threshold;
      default -> measured < threshold;
    };
  }

  private static boolean isNumber(String token) {
    try {
      Double.parseDouble(token);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static IllegalArgumentException malformed(String text) {
    return new IllegalArgumentException("bar '" + text + "' must read OP TERM, OP one of "
        + OPERATORS + ", TERM one of REF, REF + NUM, REF - NUM, NUM * REF (REF: a number, stated or a"
        + " final.json column)");
  }
}
