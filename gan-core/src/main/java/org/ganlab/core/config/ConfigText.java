package org.ganlab.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Parses config text (YAML or JSON) into a tree, turning syntax errors into {@link ConfigException}s. */
final class ConfigText {

  private ConfigText() {}

  /**
   * Parses a whole config document.
   *
   * @param text the document
   * @param format {@code yaml}, {@code yml} or {@code json}
   * @param origin where the text came from (a file name), used in messages
   * @return the top-level mapping; empty for an empty document
   */
  static ObjectNode parse(String text, String format, String origin) {
    JsonNode root = read(text, mapperFor(format), origin);
    if (root == null || root.isMissingNode() || root.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!root.isObject()) {
      String found = JsonValues.describe(root);
      throw new ConfigException("", origin + ": the top level must be a mapping, found " + found);
    }
    return (ObjectNode) root;
  }

  /**
   * Returns the mapper for a format name.
   *
   * @param format {@code yaml}, {@code yml} or {@code json}, in any case
   * @return the mapper from {@link ConfigJson}
   */
  static ObjectMapper mapperFor(String format) {
    switch (format.toLowerCase(Locale.ROOT)) {
      case "yaml":
      case "yml":
        return ConfigJson.yaml();
      case "json":
        return ConfigJson.json();
      default:
        throw new ConfigException(
            "", "unsupported config format '" + format + "'; use .yaml, .yml or .json");
    }
  }

  private static JsonNode read(String text, ObjectMapper mapper, String origin) {
    try {
      return mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(text);
    } catch (JsonProcessingException e) {
      throw syntaxError(e, mapper == ConfigJson.yaml() ? "YAML" : "JSON", origin);
    }
  }

  private static ConfigException syntaxError(JsonProcessingException e, String kind, String origin) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String detail = e.getOriginalMessage().lines().findFirst().orElse("").strip();
    return new ConfigException("", origin + ": " + kind + " syntax error" + where + ": " + detail);
  }
}
