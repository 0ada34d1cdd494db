package org.ganlab.core.config;

import java.util.List;

/**
 * Single-field checks the config records run in their compact constructors. Every failure is a
 * {@link ConfigException} whose message names the field path, the rule and the value found, e.g.
 * {@code training.lr_d must be > 0, found -1.0}.
 */
final class Checks {

  private Checks() {}

  /** Requires {@code min <= value <= max}. */
  static void inRange(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw fail(field, "must be in [" + min + ", " + max + "]", value);
    }
  }

  /** Requires {@code value >= min}. */
  static void atLeast(String field, long value, long min) {
    if (value < min) {
      throw fail(field, "must be >= " + min, value);
    }
  }

  /** Requires a finite {@code value >= 0}. */
  static void nonNegative(String field, double value) {
    finite(field, value);
    if (value < 0) {
      throw fail(field, "must be >= 0", value);
    }
  }

  /** Requires a finite {@code value > 0}. */
  static void positive(String field, double value) {
    finite(field, value);
    if (value <= 0) {
      throw fail(field, "must be > 0", value);
    }
  }

  /** Requires a number that is neither NaN nor infinite. */
  static void finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw fail(field, "must be finite", value);
    }
  }

  /** Requires a string that is not null and not blank. */
  static void nonBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw fail(field, "must not be blank", quote(value));
    }
  }

  /** Requires one of the allowed names, suggesting the closest one on a near miss. */
  static void oneOf(String field, String value, List<String> allowed) {
    if (value == null || !allowed.contains(value)) {
      String hint = value == null ? "" : Suggestions.hint(value, allowed);
      throw new ConfigException(
          field,
          field + " must be one of " + String.join(", ", allowed) + ", found " + quote(value) + hint);
    }
  }

  /**
   * Builds the standard failure.
   *
   * @param field the field path
   * @param rule what is allowed, e.g. {@code must be > 0}
   * @param found the value found (already quoted when it is a string)
   * @return the exception to throw
   */
  static ConfigException fail(String field, String rule, Object found) {
    return new ConfigException(field, field + " " + rule + ", found " + found);
  }

  /** Quotes a string value for a message; {@code null} stays {@code null}. */
  static String quote(String value) {
    return value == null ? "null" : "'" + value + "'";
  }
}
