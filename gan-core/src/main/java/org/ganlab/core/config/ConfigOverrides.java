package org.ganlab.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/**
 * Applies command-line overrides {@code key.path=value} ({@code -o training.steps=100}) to a config tree.
 * The value is read as YAML, so {@code 100} is a number, {@code [0.0, 0.9]} a list and {@code hinge} a
 * string. Sections missing from the tree are created; unknown keys are caught later, when the tree is
 * loaded.
 */
public final class ConfigOverrides {

  private ConfigOverrides() {}

  /**
   * Applies overrides in order (a later one wins).
   *
   * @param tree the user's config tree, modified in place
   * @param overrides overrides of the form {@code key.path=value}
   * @throws ConfigException naming an override that is malformed or whose value is not valid YAML
   */
  public static void apply(ObjectNode tree, List<String> overrides) {
    for (String override : overrides) {
      String key = keyOf(override);
      set(tree, key, parseValue(key, override.substring(override.indexOf('=') + 1)));
    }
  }

  /**
   * Sets one key, creating missing sections on the way.
   *
   * @param tree the config tree, modified in place
   * @param path dotted key path, e.g. {@code training.betas}
   * @param value the new value
   * @throws ConfigException when a parent on the path holds a value, not a section
   */
  public static void set(ObjectNode tree, String path, JsonNode value) {
    String[] keys = path.split("\\.");
    ObjectNode section = tree;
    for (int i = 0; i < keys.length - 1; i++) {
      JsonNode child = section.get(keys[i]);
      if (child == null || child.isNull()) {
        child = section.putObject(keys[i]);
      } else if (!child.isObject()) {
        String parent = String.join(".", List.of(keys).subList(0, i + 1));
        throw new ConfigException(
            path, path + " cannot be set: " + parent + " holds " + JsonValues.describe(child));
      }
      section = (ObjectNode) child;
    }
    section.set(keys[keys.length - 1], value);
  }

  private static String keyOf(String override) {
    int eq = override.indexOf('=');
    String key = eq < 0 ? "" : override.substring(0, eq).strip();
    if (key.isEmpty() || Arrays.stream(key.split("\\.", -1)).anyMatch(String::isBlank)) {
      throw new ConfigException(
          override, override + ": an override must look like key.path=value, e.g. training.steps=100");
    }
    return key;
  }

  private static JsonNode parseValue(String key, String text) {
    try {
      JsonNode value = ConfigJson.yaml().readTree(text);
      return value == null || value.isMissingNode() ? NullNode.getInstance() : value;
    } catch (JsonProcessingException e) {
      String detail = e.getOriginalMessage().lines().findFirst().orElse("").strip();
      throw new ConfigException(
          key, key + ": the override value " + Checks.quote(text) + " is not valid YAML: " + detail);
    }
  }
}
