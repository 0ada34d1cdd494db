package org.ganlab.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigException;

/**
 * Reads the {@code sweep:} section of a sweep file into a {@link SweepSpec}. Every problem is a
 * {@link ConfigException} naming the key under {@code sweep.}, e.g. {@code sweep.grdi: unknown key}.
 * Whether the keys exist in the config is checked later, when each point is resolved.
 */
public final class SweepSpecReader {
  /** The keys a {@code sweep:} section may hold. */
  public static final List<String> KEYS = List.of("grid", "seeds", "include", "exclude");

  private SweepSpecReader() {}

  /**
   * Reads and checks a {@code sweep:} section.
   *
   * @param section the section's tree
   * @return the sweep it describes
   * @throws ConfigException for an unknown key, a malformed list or key, a grid value that is not a
   *     non-empty list, a seed that is not a non-negative integer or an exclude key outside the grid
   */
  public static SweepSpec read(JsonNode section) {
    if (section == null || !section.isObject()) {
      throw new ConfigException("sweep", "sweep must be a mapping with keys " + String.join(", ", KEYS)
          + ", found " + section);
    }
    section.fieldNames().forEachRemaining(key -> {
      if (!KEYS.contains(key)) {
        throw new ConfigException("sweep." + key,
            "sweep." + key + ": unknown key; a sweep has " + String.join(", ", KEYS));
      }
    });
    Map<String, List<JsonNode>> grid = grid(section.get("grid"));
    List<Long> seeds = seeds(section.get("seeds"));
    if (!seeds.isEmpty() && grid.containsKey("seed")) {
      throw new ConfigException("sweep.grid.seed",
          "sweep.grid.seed: give the seeds in sweep.seeds or in the grid, not in both");
    }
    List<Map<String, JsonNode>> include = points(section.get("include"), "sweep.include");
    List<Map<String, JsonNode>> exclude = points(section.get("exclude"), "sweep.exclude");
    checkExcludeKeys(grid, exclude);
    return new SweepSpec(grid, seeds, include, exclude);
  }

  private static void checkExcludeKeys(Map<String, List<JsonNode>> grid,
      List<Map<String, JsonNode>> exclude) {
    for (int i = 0; i < exclude.size(); i++) {
      for (String key : exclude.get(i).keySet()) {
        if (!grid.containsKey(key)) {
          String field = "sweep.exclude[" + i + "]." + key;
          throw new ConfigException(field, field + ": not a grid key; exclude can only name "
              + (grid.isEmpty() ? "grid keys, and there is no grid" : String.join(", ", grid.keySet())));
        }
      }
    }
  }

  private static Map<String, List<JsonNode>> grid(JsonNode node) {
    Map<String, List<JsonNode>> grid = new LinkedHashMap<>();
    if (absent(node)) {
      return grid;
    }
    requireMapping(node, "sweep.grid");
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String field = "sweep.grid." + entry.getKey();
      checkKey(entry.getKey(), field);
      JsonNode values = entry.getValue();
      if (!values.isArray() || values.isEmpty()) {
        throw new ConfigException(field, field + " must be a non-empty list of values, found " + values
            + (values.isObject() ? "; write nested keys dotted, e.g. loss.type: [hinge, minimax]" : ""));
      }
      List<JsonNode> list = new ArrayList<>();
      values.forEach(list::add);
      grid.put(entry.getKey(), list);
    }
    return grid;
  }

  private static List<Long> seeds(JsonNode node) {
    List<Long> seeds = new ArrayList<>();
    if (absent(node)) {
      return seeds;
    }
    if (!node.isArray() || node.isEmpty()) {
      throw new ConfigException("sweep.seeds",
          "sweep.seeds must be a non-empty list of integers >= 0, found " + node);
    }
    for (JsonNode seed : node) {
      if (!seed.isIntegralNumber() || !seed.canConvertToLong() || seed.asLong() < 0) {
        throw new ConfigException("sweep.seeds",
            "sweep.seeds must hold integers >= 0, found " + seed);
      }
      seeds.add(seed.asLong());
    }
    return seeds;
  }

  private static List<Map<String, JsonNode>> points(JsonNode node, String field) {
    List<Map<String, JsonNode>> points = new ArrayList<>();
    if (absent(node)) {
      return points;
    }
    if (!node.isArray()) {
      throw new ConfigException(field, field + " must be a list of mappings of dotted keys to values,"
          + " found " + node);
    }
    for (int i = 0; i < node.size(); i++) {
      String itemField = field + "[" + i + "]";
      JsonNode item = node.get(i);
      requireMapping(item, itemField);
      if (item.isEmpty()) {
        throw new ConfigException(itemField, itemField + " must set at least one key, found {}");
      }
      Map<String, JsonNode> point = new LinkedHashMap<>();
      item.fields().forEachRemaining(entry -> {
        checkKey(entry.getKey(), itemField + "." + entry.getKey());
        point.put(entry.getKey(), entry.getValue());
      });
      points.add(point);
    }
    return points;
  }

  private static void checkKey(String key, String field) {
    if (Arrays.stream(key.split("\\.", -1)).anyMatch(String::isBlank)) {
      throw new ConfigException(field, field + ": '" + key + "' is not a dotted config key like"
          + " training.lr_g");
    }
    if ("name".equals(key)) {
      throw new ConfigException(field, field + ": the name names the sweep's directory and cannot vary");
    }
  }

  private static void requireMapping(JsonNode node, String field) {
    if (!node.isObject()) {
      throw new ConfigException(field, field + " must be a mapping of dotted keys to values, found "
          + node);
    }
  }

  private static boolean absent(JsonNode node) {
    return node == null || node.isNull();
  }
}
