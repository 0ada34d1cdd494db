package org.ganlab.core.config;

import java.util.List;

/**
 * The single-field checks the config records run in their compact constructors. One instance gathers
 * every failure of a record, so a section with several mistakes reports all of them: each failure is a
 * line naming the field path, the rule and the value found, e.g.
 * {@code training.lr_d must be > 0, found -1.0}, and {@link #done()} throws them together.
 */
final class Checks {
  private final ConfigProblems problems = new ConfigProblems();

  /** Requires {@code min <= value <= max}. */
  void inRange(String field, long value, long min, long max) {
    require(value >= min && value <= max, field, "must be in [" + min + ", " + max + "]", value);
  }

  /** Requires {@code value >= min}. */
  void atLeast(String field, long value, long min) {
    require(value >= min, field, "must be >= " + min, value);
  }

  /** Requires a finite {@code value >= 0}. */
  void nonNegative(String field, double value) {
    if (finite(field, value)) {
      require(value >= 0, field, "must be >= 0", value);
    }
  }

  /** Requires a finite {@code value > 0}. */
  void positive(String field, double value) {
    if (finite(field, value)) {
      require(value > 0, field, "must be > 0", value);
    }
  }

  /**
   * Requires a number that is neither NaN nor infinite.
   *
   * @return whether it is finite
   */
  boolean finite(String field, double value) {
    return require(Double.isFinite(value), field, "must be finite", value);
  }

  /** Requires a string that is not null and not blank. */
  void nonBlank(String field, String value) {
    require(value != null && !value.isBlank(), field, "must not be blank", quote(value));
  }

  /** Requires one of the allowed names, suggesting the closest one on a near miss. */
  void oneOf(String field, String value, List<String> allowed) {
    if (value == null || !allowed.contains(value)) {
      String hint = value == null ? "" : Suggestions.hint(value, allowed);
      problems.add(field,
          field + " must be one of " + String.join(", ", allowed) + ", found " + quote(value) + hint);
    }
  }

  /**
   * Records a failure unless a rule holds.
   *
   * @param holds whether the value is allowed
   * @param field the field path
   * @param rule what is allowed, e.g. {@code must be > 0}
   * @param found the value found (already quoted when it is a string)
   * @return {@code holds}
   */
  boolean require(boolean holds, String field, String rule, Object found) {
    if (!holds) {
      problems.add(fail(field, rule, found));
    }
    return holds;
  }

  /** Throws every failure recorded, if any, as one {@link ConfigException}. */
  void done() {
    problems.throwIfAny();
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
