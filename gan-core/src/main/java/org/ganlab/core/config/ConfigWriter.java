package org.ganlab.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes a resolved {@link ExperimentConfig} back out: as YAML for a run directory's
 * {@code config.yaml}, as canonical JSON, and as the SHA-256 of that canonical JSON, which identifies the
 * run (same config, same hash, whatever the key order of the file it came from). Everything written
 * loads back through {@link ConfigLoader} to an equal config.
 */
public final class ConfigWriter {

  private ConfigWriter() {}

  /**
   * Renders the config as YAML, sections in the records' order, every default spelled out.
   *
   * @param config the resolved config
   * @return the YAML document
   */
  public static String toYaml(ExperimentConfig config) {
    try {
      return ConfigJson.yaml().writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render config as YAML", e);
    }
  }

  /**
   * Writes the config as YAML to a file, e.g. a run directory's {@code config.yaml}.
   *
   * @param config the resolved config
   * @param file the file to create or replace
   * @throws IOException when the file cannot be written
   */
  public static void writeYaml(ExperimentConfig config, Path file) throws IOException {
    Files.writeString(file, toYaml(config), StandardCharsets.UTF_8);
  }

  /**
   * Renders the config as canonical JSON: keys sorted at every level, no whitespace.
   *
   * @param config the resolved config
   * @return one line of JSON
   */
  public static String toCanonicalJson(ExperimentConfig config) {
    JsonNode sorted = sorted(ConfigJson.json().valueToTree(config));
    try {
      return ConfigJson.json().writer().without(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(sorted);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render config as JSON", e);
    }
  }

  /**
   * Returns the SHA-256 of the canonical JSON (UTF-8), the config's identity in provenance records.
   *
   * @param config the resolved config
   * @return 64 lower-case hex digits
   */
  public static String sha256(ExperimentConfig config) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(toCanonicalJson(config).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      keys.sort(null);
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      keys.forEach(key -> out.set(key, sorted(node.get(key))));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> out.add(sorted(element)));
      return out;
    }
    return node;
  }
}
