package org.ganlab.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;

/** How sweep values are compared and shown: numbers by value ({@code 1e-4} equals {@code 0.0001}). */
public final class ConfigValues {

  private ConfigValues() {}

  /**
   * Tells whether two config values are the same.
   *
   * @param a one value
   * @param b another
   * @return true for equal trees, or numbers of equal value whatever their written form
   */
  public static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  /**
   * Renders a value for a table or a message.
   *
   * @param value a config value
   * @return a scalar's text ({@code hinge}, {@code 1.0E-4}) or a list's or mapping's JSON
   */
  public static String text(JsonNode value) {
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
