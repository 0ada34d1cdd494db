package org.ganlab.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;

/** Renders config values and Java types for error messages. */
final class JsonValues {

  private JsonValues() {}

  /**
   * Describes a value as the user wrote it: strings quoted, numbers and lists as written.
   *
   * @param node the value, possibly {@code null} when absent
   * @return e.g. {@code 'abc'}, {@code 1.5}, {@code [0.5]}, {@code null}
   */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isTextual()) {
      return Checks.quote(node.textValue());
    }
    if (node.isObject()) {
      return "a mapping " + node;
    }
    return node.toString();
  }

  /**
   * Names the kind of value a Java type accepts.
   *
   * @param type the target type of a binding
   * @return e.g. {@code an integer}, {@code a number}, {@code a list}
   */
  static String expected(Class<?> type) {
    if (type == int.class || type == long.class || type == short.class || type == Integer.class
        || type == Long.class || type == Short.class) {
      return "an integer";
    }
    if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type == String.class || type == char.class || type == Character.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "a mapping";
  }

  /**
   * Joins a parent path and a key into a dotted path.
   *
   * @param parent the parent path, empty at the top level
   * @param key the key
   * @return {@code parent.key}, or {@code key} at the top level
   */
  static String join(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }
}
