package org.ganlab.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Rejects keys the config does not know, naming the full path and the closest valid key. The keys valid
 * at each level are those of {@link ConfigDefaults}; the keys under {@code model} other than the common
 * ones depend on the variant and are checked by {@link ModelBinder}.
 */
final class KeyChecker {

  private KeyChecker() {}

  /**
   * Checks every key of the user's tree against the defaults tree, records each unknown key and removes
   * it, so that the rest of the tree can still be checked.
   *
   * @param user the user's tree, changed: unknown keys are removed
   * @param defaults the defaults tree
   * @param problems where each unknown key is recorded
   */
  static void check(ObjectNode user, ObjectNode defaults, ConfigProblems problems) {
    check(user, defaults, "", problems);
  }

  /**
   * Builds the error for an unknown key: a "did you mean" hint when one valid key is close, else the
   * list of valid keys.
   *
   * @param path the full dotted path of the unknown key
   * @param key the unknown key itself
   * @param valid the keys valid at that level
   * @return the exception to throw
   */
  static ConfigException unknownKey(String path, String key, Collection<String> valid) {
    String help =
        Suggestions.closest(key, valid)
            .map(c -> "did you mean '" + c + "'?")
            .orElse("valid keys: " + String.join(", ", valid));
    return new ConfigException(path, path + " is not a known key; " + help);
  }

  private static void check(
      ObjectNode user, ObjectNode defaults, String path, ConfigProblems problems) {
    Iterator<String> keys = user.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      String keyPath = JsonValues.join(path, key);
      JsonNode known = defaults.get(key);
      if (known == null) {
        problems.add(unknownKey(keyPath, key, names(defaults)));
        keys.remove();
        continue;
      }
      JsonNode value = user.get(key);
      if (known.isObject() && value.isObject() && !keyPath.equals("model")) {
        check((ObjectNode) value, (ObjectNode) known, keyPath, problems);
      }
    }
  }

  private static List<String> names(ObjectNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
