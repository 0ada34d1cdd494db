package org.ganlab.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.config.ExperimentConfig;

/**
 * Reads dotted keys out of a resolved config, so that a table shows the value a run really used (a
 * default included) even for a key its point did not set.
 */
public final class ResolvedValues {

  private ResolvedValues() {}

  /**
   * Reads keys from a config.
   *
   * @param config a resolved config
   * @param keys dotted keys, e.g. {@code training.lr_g}
   * @return each key's value, in the given order; JSON null for a key the config does not have
   */
  public static Map<String, JsonNode> of(ExperimentConfig config, List<String> keys) {
    JsonNode tree = ConfigJson.json().valueToTree(config);
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (String key : keys) {
      JsonNode node = tree;
      for (String part : key.split("\\.")) {
        node = node.path(part);
      }
      values.put(key, node.isMissingNode() ? NullNode.getInstance() : node);
    }
    return values;
  }
}
