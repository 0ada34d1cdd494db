package org.ganlab.core.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Jackson mappers ganlab reads and writes configs with, configured once. */
public final class ConfigJson {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .build());

  private ConfigJson() {}

  /**
   * Returns the JSON mapper.
   *
   * @return a shared, thread-safe mapper
   */
  public static ObjectMapper json() {
    return JSON;
  }

  /**
   * Returns the YAML mapper.
   *
   * @return a shared, thread-safe mapper
   */
  public static ObjectMapper yaml() {
    return YAML;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> recordToMap(Record value) {
    if (value == null) {
      return Map.of();
    }
    return new LinkedHashMap<>(JSON.convertValue(value, Map.class));
  }
}
