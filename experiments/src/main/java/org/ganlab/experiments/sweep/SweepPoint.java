package org.ganlab.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.ganlab.core.config.ConfigOverrides;

/**
 * One point of a sweep: the config keys it sets on top of the base config.
 *
 * @param settings dotted config key to value, in the order they are applied
 */
public record SweepPoint(Map<String, JsonNode> settings) {

  /** Copies the settings, keeping their order. */
  public SweepPoint {
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /**
   * Returns this point with the run seed set.
   *
   * @param seed the top-level {@code seed}
   * @return a point that also sets {@code seed}
   */
  public SweepPoint withSeed(long seed) {
    Map<String, JsonNode> seeded = new LinkedHashMap<>(settings);
    seeded.put("seed", LongNode.valueOf(seed));
    return new SweepPoint(seeded);
  }

  /**
   * Builds this point's config tree.
   *
   * @param base the sweep file's config tree without its {@code sweep:} section; not modified
   * @return a copy of the base with this point's keys set
   * @throws org.ganlab.core.config.ConfigException when a key runs through a value, not a section
   */
  public ObjectNode applyTo(ObjectNode base) {
    ObjectNode tree = base.deepCopy();
    settings.forEach((key, value) -> ConfigOverrides.set(tree, key, value.deepCopy()));
    return tree;
  }

  /**
   * Tells whether this point sets every key of a partial point to the same value.
   *
   * @param partial dotted key to value
   * @return true when all of them match
   */
  public boolean matches(Map<String, JsonNode> partial) {
    return partial.entrySet().stream().allMatch(e -> settings.containsKey(e.getKey())
        && ConfigValues.same(settings.get(e.getKey()), e.getValue()));
  }

  /**
   * Describes the point for messages.
   *
   * @return e.g. {@code loss.type=hinge training.lr_g=1.0E-4 seed=2}, or {@code (base config)}
   */
  public String describe() {
    if (settings.isEmpty()) {
      return "(base config)";
    }
    return settings.entrySet().stream().map(e -> e.getKey() + "=" + ConfigValues.text(e.getValue()))
        .collect(Collectors.joining(" "));
  }
}
